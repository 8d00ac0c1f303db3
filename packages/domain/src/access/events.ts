import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Name } from "../shared/schemas.ts";
import { Grant } from "./grants.ts";

/** The stream holding one account. */
export const accountStream = (username: string): string => `account-${username}`;

/** A password hash in PHC-like form; the plain password never reaches an event. */
export const PasswordHash = z.string().regex(/^scrypt\$/);

export const AccountCreatedData = z.object({
  username: z.string(),
  displayName: Name,
  passwordHash: PasswordHash,
  grants: z.array(Grant),
});
export const RoleGrantedData = z.object({ username: z.string(), grant: Grant });
export const RoleRevokedData = z.object({ username: z.string(), grant: Grant });
export const PasswordChangedData = z.object({
  username: z.string(),
  passwordHash: PasswordHash,
  /** "self" when the holder changed it, "reset" when staff set a new one. */
  how: z.enum(["self", "reset"]),
});

/** Events of an `account-…` stream, declared once: schema, current version, upcasters. */
export const accountEvents = defineEvents({
  AccountCreated: { schema: AccountCreatedData },
  RoleGranted: { schema: RoleGrantedData },
  RoleRevoked: { schema: RoleRevokedData },
  PasswordChanged: { schema: PasswordChangedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const AccountEvent = accountEvents.union;
export type AccountEvent = EventsOf<typeof accountEvents>;
export type AccountCreated = EventOf<typeof accountEvents, "AccountCreated">;
export type RoleGranted = EventOf<typeof accountEvents, "RoleGranted">;
export type RoleRevoked = EventOf<typeof accountEvents, "RoleRevoked">;
export type PasswordChanged = EventOf<typeof accountEvents, "PasswordChanged">;

export const accountEventSchemas = accountEvents.schemas;
