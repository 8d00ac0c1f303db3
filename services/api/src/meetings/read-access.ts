import type { AccessControl } from "../access/access-control.ts";
import type { Principal } from "../auth/principal.ts";

/**
 * Checks that the principal may read a community's meetings. A liaison's grant is matched by unit, so a
 * bare community scope would never admit one, though the policy lets liaisons read meetings: the
 * meeting is the forum of every member unit. So a liaison whose grant (issued by the server from the
 * registry) places their unit in this community is checked over that unit; the policy still decides.
 */
export async function checkMeetingRead(
  access: AccessControl,
  principal: Principal,
  communityId: string,
): Promise<void> {
  const grants = principal.kind === "user" ? principal.grants : [];
  const liaison = grants.find((grant) => grant.role === "unit_liaison" && grant.communityId === communityId);
  const unitId = liaison?.role === "unit_liaison" ? liaison.unitId : undefined;
  await access.check(
    principal,
    "ReadMeeting",
    unitId === undefined ? { communityId } : { communityId, unitId },
  );
}
