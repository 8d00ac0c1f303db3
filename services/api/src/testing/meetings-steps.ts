// Test-only: request bodies and Given steps for the meeting specs, all through HTTP.
import { expect } from "vitest";
import { unitBody } from "./fixtures.ts";
import type { Client } from "./http.ts";
import { freshId } from "./test-api.ts";

/** A meeting five days before the pinned today (2025-06-15), so attendance and decisions may be recorded. */
export const meetingBody = (overrides: Record<string, unknown> = {}) => ({
  meetingId: freshId("m"),
  title: "第二季度党建联席会议",
  date: "2025-06-10",
  startTime: "09:00",
  place: "社区党群服务中心",
  agenda: [{ title: "通报共驻共建协议进展" }, { title: "议定下半年重点工作", presenter: "王书记" }],
  ...overrides,
});

export const decisionBody = (assignedUnitIds: string[], overrides: Record<string, unknown> = {}) => ({
  decisionId: freshId("d"),
  text: "暑期向居民开放学校操场",
  assignedUnitIds,
  deadline: "2025-07-01",
  ...overrides,
});

export const meetingPath = (meetingId: string) => `/api/meetings/${meetingId}`;
export const meetingsPath = (communityId: string) => `/api/communities/${communityId}/meetings`;
export const attendancePath = (meetingId: string) => `/api/meetings/${meetingId}/attendance`;
export const decisionsPath = (meetingId: string) => `/api/meetings/${meetingId}/decisions`;
export const donePath = (meetingId: string, decisionId: string) =>
  `/api/meetings/${meetingId}/decisions/${decisionId}/done`;

/** Given a meeting of the community (held on 2025-06-10 unless the overrides say otherwise). */
export async function givenMeeting(
  api: Client,
  communityId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const body = meetingBody(overrides);
  const response = await api.post(meetingsPath(communityId), body);
  expect(response.status).toBe(201);
  return body.meetingId;
}

/** Given one more unit registered in the community, with this name. */
export async function givenAnotherUnit(api: Client, communityId: string, name: string): Promise<string> {
  const body = unitBody(freshId("unit"), { name, kind: "hospital", partyOrganisation: `${name}党委` });
  const response = await api.post(`/api/communities/${communityId}/units`, body);
  expect(response.status).toBe(201);
  return body.unitId;
}

/** Given a unit's attendance recorded at a held meeting; someone is named unless it was absent. */
export async function givenAttendance(
  api: Client,
  meetingId: string,
  unitId: string,
  attendance: "principal" | "deputy" | "absent",
): Promise<void> {
  const body =
    attendance === "absent" ? { unitId, attendance } : { unitId, attendance, attendeeName: "代表" };
  const response = await api.post(attendancePath(meetingId), body);
  expect(response.status).toBe(200);
}
