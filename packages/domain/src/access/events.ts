import { z } from "zod";
import { type DataSchemaMap, messageSchema } from "../shared/messages.ts";
import { Name } from "../shared/schemas.ts";
import { Grant } from "./grants.ts";

/**
 * Login names: lowercase letters, digits, dot, dash and underscore, so a name reads the same however it
 * was typed and fits in a stream id.
 */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "3–40 characters: letters, digits, . - _");

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

/** Events of an `account-…` stream. */
export const AccountEvent = z.discriminatedUnion("type", [
  messageSchema("AccountCreated", AccountCreatedData),
  messageSchema("RoleGranted", RoleGrantedData),
  messageSchema("RoleRevoked", RoleRevokedData),
  messageSchema("PasswordChanged", PasswordChangedData),
]);
export type AccountEvent = z.infer<typeof AccountEvent>;

export const accountEventSchemas = {
  AccountCreated: AccountCreatedData,
  RoleGranted: RoleGrantedData,
  RoleRevoked: RoleRevokedData,
  PasswordChanged: PasswordChangedData,
} satisfies DataSchemaMap<AccountEvent>;
