import { addDays } from "@cobuild/domain";
import { type ApiClient, DEMO_PASSWORD, freshId } from "./api-client.ts";
import { GUANGMING, localToday } from "./demo-data.ts";

/** A team made for one test, with a leader who has an account of their own. */
export interface GivenTeam {
  teamId: string;
  name: string;
  leaderUsername: string;
  /** The roster's one member besides the leader. */
  member: { personId: string; name: string };
}

/** Registers a resident volunteer in the community; returns their id. */
async function givenPerson(api: ApiClient, name: string): Promise<string> {
  const personId = freshId("person");
  await api.command(`/api/communities/${GUANGMING}/people`, {
    personId,
    communityId: GUANGMING,
    name,
    kind: "resident_volunteer",
  });
  return personId;
}

/**
 * A second volunteer team of the community, set up through the API as staff do it: two people
 * registered, the team created, one appointed leader (with a login as team leader), the other added.
 */
export async function givenSecondTeam(admin: ApiClient, label: string): Promise<GivenTeam> {
  const leaderId = await givenPerson(admin, `${label}队长`);
  const memberName = `${label}队员`;
  const member = { personId: await givenPerson(admin, memberName), name: memberName };
  const teamId = freshId("team");
  const name = `${label}服务队`;
  await admin.command(`/api/communities/${GUANGMING}/teams`, {
    teamId,
    communityId: GUANGMING,
    category: "environment",
    name,
  });
  await admin.command(`/api/teams/${teamId}/leader`, { teamId, personId: leaderId });
  await admin.command(`/api/teams/${teamId}/members`, { teamId, personId: member.personId });
  const leaderUsername = freshId("leader");
  await admin.command("/api/accounts", {
    username: leaderUsername,
    displayName: `${label}队长`,
    password: DEMO_PASSWORD,
    grants: [{ role: "team_leader", teamId }],
  });
  return { teamId, name, leaderUsername, member };
}

/** Opens a post of the community with this many places, running from today for a month; returns its id. */
export async function givenPost(staff: ApiClient, name: string, places: number): Promise<string> {
  const postId = freshId("post");
  const today = localToday();
  await staff.command(`/api/communities/${GUANGMING}/posts`, {
    postId,
    communityId: GUANGMING,
    name,
    category: "security_patrol",
    places,
    schedule: { kind: "period", from: today, to: addDays(today, 30) },
    area: "光明社区6-9号楼",
  });
  return postId;
}
