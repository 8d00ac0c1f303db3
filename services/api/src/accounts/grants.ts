import {
  type Grant,
  type GrantRequest,
  notFound,
  StreetEvent,
  streetDecider,
  streetStream,
} from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import type { AccessControl } from "../access/access-control.ts";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";

const readStreetEvent = eventReader(StreetEvent);

/**
 * The community a unit, team or person belongs to: every such stream begins with an event that names
 * it (UnitRegistered, TeamCreated, PersonRegistered), and it never changes.
 */
async function communityOf(store: EventStore, streamId: string, code: string, field: string) {
  const [first] = await store.readStream(streamId, { maxCount: 1 });
  const communityId = (first?.data as { communityId?: unknown } | undefined)?.communityId;
  if (typeof communityId !== "string")
    throw notFound(code, `No such ${field.replace(/Id$/, "")}.`, `grant.${field}`);
  return communityId;
}

/** Turns a grant as asked for into the full grant, its street and community read from the registry. */
export function grantResolver(store: EventStore, access: AccessControl) {
  const inCommunity = async (communityId: string) => {
    const { streetId } = await access.resolve({ communityId });
    return { streetId, communityId };
  };
  return async (request: GrantRequest): Promise<Grant> => {
    switch (request.role) {
      case "street_admin": {
        const { state } = await loadState(
          store,
          streetStream(request.streetId),
          streetDecider,
          readStreetEvent,
        );
        if (state.status !== "registered") {
          throw notFound(
            "street_not_found",
            `Street ${request.streetId} is not registered.`,
            "grant.streetId",
          );
        }
        return request;
      }
      case "meeting_member":
        if (request.communityId !== undefined) {
          return { role: request.role, ...(await inCommunity(request.communityId)) };
        }
        return { role: request.role, streetId: request.streetId ?? "" };
      case "community_staff":
      case "supermarket_keeper":
        return { role: request.role, ...(await inCommunity(request.communityId)) };
      case "unit_liaison": {
        const communityId = await communityOf(store, `unit-${request.unitId}`, "unit_not_found", "unitId");
        return { ...request, ...(await inCommunity(communityId)) };
      }
      case "team_leader": {
        const communityId = await communityOf(store, `team-${request.teamId}`, "team_not_found", "teamId");
        return { ...request, ...(await inCommunity(communityId)) };
      }
      case "member": {
        const communityId = await communityOf(
          store,
          `person-${request.personId}`,
          "person_not_found",
          "personId",
        );
        return { ...request, ...(await inCommunity(communityId)) };
      }
    }
  };
}
