import { type Grant, type GrantRequest, notFound } from "@cobuild/domain";
import type { AccessControl } from "../access/access-control.ts";
import type { AggregateReaders } from "../commands/readers.ts";

/** 404 on the grant's field: the role names something that was never registered. */
const missing = (code: string, what: string, field: string) =>
  notFound(code, `No such ${what}.`, `grant.${field}`);

/** Turns a grant as asked for into the full grant, its street and community read from the registry. */
export function grantResolver(read: AggregateReaders, access: AccessControl) {
  const inCommunity = async (communityId: string) => {
    const { streetId } = await access.resolve({ communityId });
    return { streetId, communityId };
  };
  const registeredStreet = async (streetId: string) => {
    if ((await read.street(streetId)).state.status !== "registered") {
      throw missing("street_not_found", `street ${streetId}`, "streetId");
    }
    return streetId;
  };
  return async (request: GrantRequest): Promise<Grant> => {
    switch (request.role) {
      case "street_admin":
        return { role: request.role, streetId: await registeredStreet(request.streetId) };
      case "meeting_member":
        if (request.communityId !== undefined) {
          return { role: request.role, ...(await inCommunity(request.communityId)) };
        }
        // The schema guarantees exactly one of the two ids.
        return { role: request.role, streetId: await registeredStreet(request.streetId ?? "") };
      case "community_staff":
      case "supermarket_keeper":
        return { role: request.role, ...(await inCommunity(request.communityId)) };
      case "unit_liaison": {
        const { state } = await read.unit(request.unitId);
        if (state.status !== "registered") throw missing("unit_not_found", "unit", "unitId");
        return { ...request, ...(await inCommunity(state.unit.communityId)) };
      }
      case "team_leader": {
        const { state } = await read.team(request.teamId);
        if (state.status === "none") throw missing("team_not_found", "team", "teamId");
        return { ...request, ...(await inCommunity(state.communityId)) };
      }
      case "member": {
        const { state } = await read.person(request.personId);
        if (state.status !== "registered") throw missing("person_not_found", "person", "personId");
        return { ...request, ...(await inCommunity(state.person.communityId)) };
      }
    }
  };
}
