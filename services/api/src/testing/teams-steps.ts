import { type PersonRegisteredData, personStream } from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import { expect } from "vitest";
import { appendFacts } from "./facts.ts";
import { givenCommunity } from "./fixtures.ts";
import type { Client } from "./http.ts";
import { freshId } from "./test-api.ts";

export const teamBody = (teamId = freshId("team"), overrides: Record<string, unknown> = {}) => ({
  teamId,
  category: "joint_patrol",
  name: "义务联防队",
  description: "夜间巡逻",
  ...overrides,
});

export const teamPath = (teamId: string) => `/api/teams/${teamId}`;
export const membersPath = (teamId: string) => `/api/teams/${teamId}/members`;
export const hoursPath = (teamId: string) => `/api/teams/${teamId}/hours`;

export const hoursBody = (personId: string, overrides: Record<string, unknown> = {}) => ({
  entryId: freshId("entry"),
  personId,
  date: "2025-06-14",
  hours: 2.5,
  activity: "夜间巡逻",
  ...overrides,
});

/** Given a person registered in a community, as the people context records it. */
export async function givenPerson(
  store: EventStore,
  communityId: string,
  overrides: Partial<PersonRegisteredData> = {},
): Promise<{ personId: string; name: string }> {
  const data: PersonRegisteredData = {
    personId: freshId("person"),
    communityId,
    name: "张伟",
    kind: "resident_volunteer",
    skills: [],
    ...overrides,
  };
  await appendFacts(store, personStream(data.personId), [{ type: "PersonRegistered", data }], "no_stream");
  return { personId: data.personId, name: data.name };
}

/** Given a team in a community (a new one unless given); its stream is at revision 0. */
export async function givenTeam(
  api: Client,
  communityId?: string,
): Promise<{ communityId: string; teamId: string }> {
  const community = communityId ?? (await givenCommunity(api));
  const body = teamBody();
  const response = await api.post(`/api/communities/${community}/teams`, body);
  expect(response.status).toBe(201);
  return { communityId: community, teamId: body.teamId };
}

export interface StaffedTeam {
  communityId: string;
  teamId: string;
  /** 王队长, the leader. */
  leaderId: string;
  /** 李明, a member who is not the leader. */
  memberId: string;
}

/**
 * Given a team with a leader and one more member; its stream is at revision 3 (the leader's
 * appointment also puts them on the roster: two events).
 */
export async function givenStaffedTeam(
  api: Client,
  store: EventStore,
  communityId?: string,
): Promise<StaffedTeam> {
  const team = await givenTeam(api, communityId);
  const leader = await givenPerson(store, team.communityId, { name: "王队长" });
  const member = await givenPerson(store, team.communityId, { name: "李明" });
  const appointed = await api.post(`${teamPath(team.teamId)}/leader`, { personId: leader.personId });
  expect(appointed.status).toBe(200);
  const added = await api.post(membersPath(team.teamId), { personId: member.personId, skills: ["电工"] });
  expect(added.status).toBe(201);
  expect(added.headers.get("etag")).toBe('"3"');
  return { ...team, leaderId: leader.personId, memberId: member.personId };
}
