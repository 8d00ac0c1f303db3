import {
  type Action,
  allows,
  type CommunityState,
  forbidden,
  notFound,
  type Scope,
  type ScopeRef,
} from "@cobuild/domain";
import type { Principal } from "./principal.ts";

/** Decides whether a principal may perform an action, from the policy table and the registry. */
export interface AccessControl {
  /** Resolves when allowed; throws 403 (forbidden) otherwise, or 404 when the community is unknown. */
  check(principal: Principal, action: Action, scope: ScopeRef): Promise<void>;
  /** Whether it would be allowed: for filtering lists down to what the reader may see. */
  allows(principal: Principal, action: Action, scope: ScopeRef): Promise<boolean>;
  /** The full scope of a reference: its street, looked up from the community. */
  resolve(scope: ScopeRef): Promise<Scope>;
}

/** Where a community is read, to learn its street: the only state the policy needs beyond the grants. */
export interface CommunityReader {
  community(communityId: string): Promise<{ state: CommunityState }>;
}

/** The policy table applied to a principal, with scopes completed from the registry. */
export function accessControl(read: CommunityReader): AccessControl {
  // A community never moves to another street, so its street can be remembered once read.
  const streets = new Map<string, string>();
  const streetOf = async (communityId: string): Promise<string> => {
    const known = streets.get(communityId);
    if (known) return known;
    const { state } = await read.community(communityId);
    if (state.status !== "registered") {
      throw notFound("community_not_found", `Community ${communityId} is not registered.`, "communityId");
    }
    streets.set(communityId, state.community.streetId);
    return state.community.streetId;
  };
  const resolve = async (scope: ScopeRef): Promise<Scope> =>
    "communityId" in scope && scope.communityId !== undefined
      ? { ...scope, streetId: await streetOf(scope.communityId) }
      : (scope as Scope);

  const allowed = async (principal: Principal, action: Action, ref: ScopeRef) =>
    principal.kind === "system" || allows(principal.grants, action, await resolve(ref));
  return {
    resolve,
    allows: allowed,
    async check(principal, action, ref) {
      if (!(await allowed(principal, action, ref))) {
        throw forbidden("not_allowed", `Your roles do not allow ${action} here.`);
      }
    },
  };
}
