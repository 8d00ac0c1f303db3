import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { CommunityRegisteredData, UnitRegisteredData } from "./events.ts";

/**
 * Body of RegisterCommunity: exactly the fact it records. Inputs are strict (an unknown key is a 400, so
 * a misspelt field is never silently dropped); stored events stay lenient so they always read back.
 */
export const RegisterCommunityInput = CommunityRegisteredData.strict();
export type RegisterCommunityInput = CommunityRegisteredData;

/** Body of RegisterUnit: exactly the fact it records, strict like every input. */
export const RegisterUnitInput = UnitRegisteredData.strict();
export type RegisterUnitInput = UnitRegisteredData;

export type RegisterCommunity = DomainCommand<"RegisterCommunity", RegisterCommunityInput>;
export type RegisterUnit = DomainCommand<"RegisterUnit", RegisterUnitInput>;
export type CommunityCommand = RegisterCommunity;
export type UnitCommand = RegisterUnit;
export type RegistryCommand = CommunityCommand | UnitCommand;

/** Registry command type → data schema, for the API to parse request bodies. */
export const registryCommandSchemas = {
  RegisterCommunity: RegisterCommunityInput,
  RegisterUnit: RegisterUnitInput,
} satisfies DataSchemaMap<RegistryCommand>;
