// Test-only: request bodies and Given steps for the people and residents specs, all through HTTP.
import type { EventStore } from "@cobuild/event-store";
import { expect } from "vitest";
import { type ApiResponse, type Client, expectProblem, snapshotOf } from "./http.ts";
import { freshId } from "./test-api.ts";

/** An in-service party member (在职党员); pass `employerUnitId` to name their employer. */
export const memberBody = (personId = freshId("person"), overrides: Record<string, unknown> = {}) => ({
  personId,
  name: "李明",
  kind: "party_member",
  partyCategory: "in_service",
  skills: ["家电维修"],
  phone: "13800000000",
  ...overrides,
});

/** A resident volunteer (居民志愿者): not a party member, so no category and no reporting in. */
export const volunteerBody = (personId = freshId("person"), overrides: Record<string, unknown> = {}) => ({
  personId,
  name: "王芳",
  kind: "resident_volunteer",
  ...overrides,
});

export const residentBody = (residentId = freshId("resident"), overrides: Record<string, unknown> = {}) => ({
  residentId,
  name: "赵大爷",
  category: "elderly_alone",
  householdSize: 1,
  address: "光明路12号3单元",
  note: "行动不便，需送货上门",
  ...overrides,
});

export const peoplePath = (communityId: string) => `/api/communities/${communityId}/people`;
export const personPath = (personId: string) => `/api/people/${personId}`;
export const reportInPath = (personId: string) => `/api/people/${personId}/report-in`;
export const evaluationsPath = (personId: string) => `/api/people/${personId}/evaluations`;
export const residentsPath = (communityId: string) => `/api/communities/${communityId}/residents`;
export const residentPath = (residentId: string) => `/api/residents/${residentId}`;
export const approvalPath = (residentId: string) => `/api/residents/${residentId}/approval`;
export const revokePath = (residentId: string) => `/api/residents/${residentId}/approval/revoke`;

/** Given a person registered in the community (an in-service member unless the body says otherwise). */
export async function givenPerson(
  api: Client,
  communityId: string,
  body: Record<string, unknown> = memberBody(),
): Promise<string> {
  const response = await api.post(peoplePath(communityId), body);
  expect(response.status).toBe(201);
  return String(body.personId);
}

/** Given a resident in need registered in the community, pending approval. */
export async function givenResident(
  api: Client,
  communityId: string,
  body: Record<string, unknown> = residentBody(),
): Promise<string> {
  const response = await api.post(residentsPath(communityId), body);
  expect(response.status).toBe(201);
  return String(body.residentId);
}

/** Given an approved resident in need. */
export async function givenApprovedResident(api: Client, communityId: string): Promise<string> {
  const residentId = await givenResident(api, communityId);
  const response = await api.post(approvalPath(residentId), { approvedOn: "2025-06-01" });
  expect(response.status).toBe(200);
  return residentId;
}

/**
 * Makes each call in turn, expecting the same refusal from every one (the route is named on failure), and
 * proves none of them wrote anything: not to the given stream, not anywhere else in the log.
 */
export async function expectAllRefused(
  store: EventStore,
  streamId: string,
  calls: Record<string, () => Promise<ApiResponse>>,
  expected: { status: number; code: string },
): Promise<void> {
  const snapshot = await snapshotOf(store, streamId);
  for (const [name, call] of Object.entries(calls)) {
    const response = await call();
    expect({ route: name, status: response.status }).toEqual({ route: name, status: expected.status });
    expectProblem(response, expected);
  }
  await snapshot.expectUnchanged();
}
