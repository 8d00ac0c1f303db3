import {
  type LeaderAppointedData,
  type MemberAddedData,
  type MemberReportedInData,
  type PersonRegisteredData,
  personStream,
  type TeamCreatedData,
  teamStream,
} from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import { expect } from "vitest";
import { appendFacts } from "./facts.ts";
import type { Client } from "./http.ts";
import { freshId } from "./test-api.ts";

const append = appendFacts;

export interface PersonOptions {
  name?: string;
  /** An in-service party member (在职党员), who must report in before claiming for themself. */
  inService?: boolean;
  reportedIn?: boolean;
}

/** Given a registered person of the community: a resident volunteer unless `inService`. */
export async function givenPerson(
  store: EventStore,
  communityId: string,
  options: PersonOptions = {},
): Promise<string> {
  const personId = freshId("person");
  const registered: PersonRegisteredData = {
    personId,
    communityId,
    name: options.name ?? "张志愿",
    ...(options.inService
      ? { kind: "party_member", partyCategory: "in_service" }
      : { kind: "resident_volunteer" }),
    skills: [],
  };
  const events: { type: string; data: unknown }[] = [{ type: "PersonRegistered", data: registered }];
  if (options.reportedIn) {
    const reported: MemberReportedInData = { personId, communityId, reportedOn: "2025-03-01" };
    events.push({ type: "MemberReportedIn", data: reported });
  }
  await append(store, personStream(personId), events);
  return personId;
}

/** Given a volunteer team of the community with these members, the first of them its leader. */
export async function givenTeam(
  store: EventStore,
  communityId: string,
  memberIds: readonly string[],
): Promise<string> {
  const teamId = freshId("team");
  const created: TeamCreatedData = {
    teamId,
    communityId,
    category: "joint_patrol",
    name: "义务联防队",
    description: "",
  };
  const added = memberIds.map(
    (personId): MemberAddedData => ({ teamId, communityId, personId, skills: [], joinedOn: "2025-02-01" }),
  );
  const leader = memberIds[0];
  const appointed: LeaderAppointedData[] =
    leader === undefined ? [] : [{ teamId, communityId, personId: leader, appointedOn: "2025-02-01" }];
  await append(store, teamStream(teamId), [
    { type: "TeamCreated", data: created },
    ...added.map((data) => ({ type: "MemberAdded", data })),
    ...appointed.map((data) => ({ type: "LeaderAppointed", data })),
  ]);
  return teamId;
}

/** A two-place summer patrol post covering today (2025-06-15). */
export const postBody = (overrides: Record<string, unknown> = {}) => ({
  postId: freshId("post"),
  name: "夏季治安巡逻岗",
  category: "security_patrol",
  places: 2,
  schedule: { kind: "period", from: "2025-06-01", to: "2025-08-31" },
  area: "光明社区1-5号楼",
  description: "夜间巡逻",
  ...overrides,
});

export const postsPath = (communityId: string) => `/api/communities/${communityId}/posts`;
export const postPath = (postId: string) => `/api/posts/${postId}`;
export const claimsPath = (postId: string) => `/api/posts/${postId}/claims`;
export const releasePath = (postId: string, claimId: string) =>
  `/api/posts/${postId}/claims/${claimId}/release`;
export const dutiesPath = (postId: string, claimId: string) =>
  `/api/posts/${postId}/claims/${claimId}/duties`;

/** Given an open post in the community; returns its id. */
export async function givenPost(
  api: Client,
  communityId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const body = postBody(overrides);
  const response = await api.post(postsPath(communityId), body);
  expect(response.status).toBe(201);
  return body.postId;
}

/** Given a claim on the post for the person (by their team's leader when `teamId` is given). */
export async function givenClaim(
  api: Client,
  postId: string,
  claim: { personId: string; teamId?: string },
): Promise<string> {
  const claimId = freshId("claim");
  const response = await api.post(claimsPath(postId), { claimId, ...claim });
  expect(response.status).toBe(201);
  return claimId;
}

/** A duty of two and a half hours today, the day test claims are made. */
export const dutyBody = (overrides: Record<string, unknown> = {}) => ({
  dutyId: freshId("duty"),
  date: "2025-06-15",
  checkIn: "19:00",
  checkOut: "21:30",
  note: "",
  ...overrides,
});
