import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import { Name, Username } from "../shared/schemas.ts";
import { type Grant, GrantRequest } from "./grants.ts";

/** A password as typed: long enough to resist guessing, short enough that hashing cannot be abused. */
export const Password = z.string().min(8, "At least 8 characters").max(200);

/** Body of CreateAccount: the password is hashed by the server before any event is written. */
export const CreateAccountInput = z.strictObject({
  username: Username,
  displayName: Name,
  password: Password,
  /** At least one role: an account that may do nothing is a mistake, and nobody could manage it. */
  grants: z.array(GrantRequest).min(1).max(20),
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

/** Body of GrantRole and RevokeRole. */
export const GrantInput = z.strictObject({ grant: GrantRequest });

/** Body of ChangePassword (the holder, who proves the current one) and ResetPassword (staff). */
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: Password,
});
export const ResetPasswordInput = z.strictObject({ newPassword: Password });

/** Login. Wrong name and wrong password get the same answer, so names cannot be probed. */
export const LoginInput = z.strictObject({
  username: z.string().trim().toLowerCase().max(40),
  password: z.string().max(200),
});

export type CreateAccount = DomainCommand<
  "CreateAccount",
  { username: string; displayName: string; passwordHash: string; grants: Grant[] }
>;
export type GrantRole = DomainCommand<"GrantRole", { username: string; grant: Grant }>;
export type RevokeRole = DomainCommand<"RevokeRole", { username: string; grant: Grant }>;
export type ChangePassword = DomainCommand<
  "ChangePassword",
  { username: string; passwordHash: string; how: "self" | "reset" }
>;
export type AccountCommand = CreateAccount | GrantRole | RevokeRole | ChangePassword;
