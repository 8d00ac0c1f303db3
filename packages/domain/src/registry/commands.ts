import type { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { CommunityRegisteredData, StreetRegisteredData, UnitRegisteredData } from "./events.ts";

/** RegisterStreet: done once per street when it joins (by the operator at setup, not over HTTP). */
export const RegisterStreetInput = StreetRegisteredData.strict();
export type RegisterStreetInput = StreetRegisteredData;

/**
 * Body of RegisterCommunity: exactly the fact it records. Inputs are strict (an unknown key is a 400, so
 * a misspelt field is never silently dropped); stored events stay lenient so they always read back.
 */
export const RegisterCommunityInput = CommunityRegisteredData.omit({ street: true }).strict();
export type RegisterCommunityInput = z.infer<typeof RegisterCommunityInput>;

/** Body of RegisterUnit: exactly the fact it records, strict like every input. */
export const RegisterUnitInput = UnitRegisteredData.strict();
export type RegisterUnitInput = UnitRegisteredData;

export type RegisterStreet = DomainCommand<"RegisterStreet", RegisterStreetInput>;
export type RegisterCommunity = DomainCommand<"RegisterCommunity", RegisterCommunityInput>;
export type RegisterUnit = DomainCommand<"RegisterUnit", RegisterUnitInput>;
export type StreetCommand = RegisterStreet;
export type CommunityCommand = RegisterCommunity;
export type UnitCommand = RegisterUnit;
export type RegistryCommand = StreetCommand | CommunityCommand | UnitCommand;

/** Registry command type → data schema, for the API to parse request bodies. */
export const registryCommandSchemas = {
  RegisterStreet: RegisterStreetInput,
  RegisterCommunity: RegisterCommunityInput,
  RegisterUnit: RegisterUnitInput,
} satisfies DataSchemaMap<RegistryCommand>;
