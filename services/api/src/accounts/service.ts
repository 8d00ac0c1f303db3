import {
  type AccountState,
  accountDecider,
  accountEvents,
  accountStream,
  type CreateAccountInput,
  forbidden,
  type Grant,
  type GrantRequest,
  mayManageGrant,
  notFound,
  type ScopeRef,
  unauthenticated,
} from "@cobuild/domain";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import type { Principal } from "../auth/principal.ts";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";
import { grantResolver } from "./grants.ts";

const readAccountEvent = eventReader(accountEvents);

/** The scope a grant is held over, for the policy check of whoever manages it. */
const scopeOfGrant = (grant: Grant): ScopeRef =>
  "communityId" in grant && grant.communityId !== undefined
    ? { communityId: grant.communityId }
    : { streetId: grant.streetId };

/** Staff may only hand out roles within what they themselves administer. */
const mustManage = (principal: Principal, grant: Grant) => {
  if (principal.kind === "user" && !mayManageGrant(principal.grants, grant)) {
    throw forbidden("grant_not_allowed", "You cannot hand out a role outside what you administer.");
  }
};

/**
 * The scope of an existing account, for deciding who may manage it: only someone who could hand out
 * every role it holds (so staff of one community cannot take over an account that also acts elsewhere,
 * nor a fellow staff member's). Its first role is the scope the policy then checks.
 */
const accountScope = (principal: Principal, state: AccountState, username: string): ScopeRef => {
  if (state.status === "none") throw notFound("account_not_found", `No account ${username}.`);
  const [first] = state.grants;
  const manageable =
    first !== undefined &&
    state.grants.every((grant) => principal.kind === "system" || mayManageGrant(principal.grants, grant));
  if (!first || !manageable)
    throw forbidden("grant_not_allowed", "This account holds roles you do not administer.");
  return scopeOfGrant(first);
};

/** Accounts and their roles; passwords are hashed here, before any event is written. */
export function accountService(deps: ServiceDeps) {
  const resolveGrant = grantResolver(deps.read, deps.access);
  const account = (username: string) =>
    loadState(deps.store, accountStream(username), accountDecider, readAccountEvent);
  const run = (
    username: string,
    command: Parameters<typeof accountDecider.decide>[0],
    envelope: CommandEnvelope,
    action: "CreateAccount" | "GrantRole" | "RevokeRole" | "ResetPassword",
    scope: (state: AccountState) => ScopeRef,
  ) =>
    runCommand(
      deps,
      {
        streamId: accountStream(username),
        decider: accountDecider,
        command,
        toDomainEvent: readAccountEvent,
        access: { action, scope },
      },
      envelope,
    );

  const changeGrant = async (
    type: "GrantRole" | "RevokeRole",
    username: string,
    request: GrantRequest,
    envelope: CommandEnvelope,
  ) => {
    const grant = await resolveGrant(request);
    mustManage(envelope.principal, grant);
    return run(username, { type, data: { username, grant } }, envelope, type, () => scopeOfGrant(grant));
  };

  return {
    account,
    async createAccount(input: CreateAccountInput, envelope: CommandEnvelope) {
      const grants = await Promise.all(input.grants.map(resolveGrant));
      for (const grant of grants) mustManage(envelope.principal, grant);
      const [first] = grants;
      if (!first) throw new Error("CreateAccountInput requires at least one grant");
      const passwordHash = await hashPassword(input.password);
      const { username, displayName } = input;
      return run(
        username,
        { type: "CreateAccount", data: { username, displayName, passwordHash, grants } },
        envelope,
        "CreateAccount",
        () => scopeOfGrant(first),
      );
    },
    grantRole: (username: string, grant: GrantRequest, envelope: CommandEnvelope) =>
      changeGrant("GrantRole", username, grant, envelope),
    revokeRole: (username: string, grant: GrantRequest, envelope: CommandEnvelope) =>
      changeGrant("RevokeRole", username, grant, envelope),
    async resetPassword(username: string, newPassword: string, envelope: CommandEnvelope) {
      const passwordHash = await hashPassword(newPassword);
      return run(
        username,
        { type: "ChangePassword", data: { username, passwordHash, how: "reset" } },
        envelope,
        "ResetPassword",
        (state) => accountScope(envelope.principal, state, username),
      );
    },
    /** The holder changes their own password, proving the current one first. */
    async changeOwnPassword(currentPassword: string, newPassword: string, envelope: CommandEnvelope) {
      const { principal } = envelope;
      if (principal.kind !== "user") throw forbidden("not_allowed", "Only a person has a password.");
      const { state } = await account(principal.username);
      if (state.status === "none" || !(await verifyPassword(currentPassword, state.passwordHash))) {
        throw unauthenticated("invalid_credentials", "The current password is wrong.");
      }
      const passwordHash = await hashPassword(newPassword);
      return runCommand(
        deps,
        {
          streamId: accountStream(principal.username),
          decider: accountDecider,
          command: {
            type: "ChangePassword",
            data: { username: principal.username, passwordHash, how: "self" },
          },
          toDomainEvent: readAccountEvent,
          access: { ownedBy: principal.username },
        },
        envelope,
      );
    },
    accountScope,
  };
}
export type AccountService = ReturnType<typeof accountService>;
