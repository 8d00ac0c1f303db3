import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { CommunityRegisteredData, UnitRegisteredData } from "./events.ts";

/** Body of RegisterCommunity: exactly the fact it records, so the schema is shared with the event. */
export const RegisterCommunityInput = CommunityRegisteredData;
export type RegisterCommunityInput = CommunityRegisteredData;

/** Body of RegisterUnit: exactly the fact it records, so the schema is shared with the event. */
export const RegisterUnitInput = UnitRegisteredData;
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
