import { meetingStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { type ApiResponse, bodyField, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  attendancePath,
  givenAnotherUnit,
  givenAttendance,
  givenMeeting,
  meetingPath,
} from "../testing/meetings-steps.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("recording attendance at a joint meeting", () => {
  const ctx = useTestApi();

  it("given a held meeting, when a unit's attendance is recorded and then corrected, then the last record counts", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    await ctx.testApi.projected();

    const first = await ctx.api.post(attendancePath(meetingId), {
      unitId,
      attendance: "deputy",
      attendeeName: "张副校长",
    });
    const corrected = await ctx.api.post(attendancePath(meetingId), {
      unitId,
      attendance: "principal",
      attendeeName: "李校长",
      note: "校长本人出席",
    });

    expect(first.status).toBe(200);
    expect(first.body).toEqual({ meetingId, revision: 1 });
    expect(corrected.status).toBe(200);
    expect(etagRevision(corrected)).toBe(2);
    expect(bodyField(await ctx.api.get(meetingPath(meetingId)), "attendance")).toEqual([
      { unitId, unitName: "光明小学", attendance: "principal", attendeeName: "李校长", note: "校长本人出席" },
    ]);
  });

  it("given a meeting still to come, when attendance is recorded, then 409 meeting_not_held_yet and nothing is written", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const response = await ctx.api.post(attendancePath(meetingId), { unitId, attendance: "absent" });

    expectProblem(response, { status: 409, code: "meeting_not_held_yet" });
    await snapshot.expectUnchanged();
  });

  it("given a unit of another community, when its attendance is recorded, then 409 unit_not_in_community and nothing is written", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const other = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const response = await ctx.api.post(attendancePath(meetingId), {
      unitId: other.unitId,
      attendance: "principal",
      attendeeName: "李校长",
    });

    expectProblem(response, { status: 409, code: "unit_not_in_community", field: "unitId" });
    await snapshot.expectUnchanged();
  });

  it("given who came is left out or named for an absent unit, then 400 with the rule's code and nothing is written", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const unnamed = await ctx.api.post(attendancePath(meetingId), { unitId, attendance: "principal" });
    const named = await ctx.api.post(attendancePath(meetingId), {
      unitId,
      attendance: "absent",
      attendeeName: "某人",
    });
    const unknown = await ctx.api.post(attendancePath(meetingId), { unitId, attendance: "online" });

    const problem = expectProblem(unnamed, { status: 400, code: "invalid_request", field: "attendeeName" });
    expect(problem.errors?.[0]?.code).toBe("attendee_required");
    const absent = expectProblem(named, { status: 400, code: "invalid_request", field: "attendeeName" });
    expect(absent.errors?.[0]?.code).toBe("attendee_not_expected");
    expectProblem(unknown, { status: 400, code: "invalid_request", field: "attendance" });
    await snapshot.expectUnchanged();
  });

  it("given a liaison or a meeting member, when they record attendance, then 403 and nothing is written", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const member = await ctx.testApi.clientWith([{ role: "meeting_member", communityId }]);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    for (const client of [liaison, member]) {
      const response = await client.post(attendancePath(meetingId), {
        unitId,
        attendance: "principal",
        attendeeName: "李校长",
      });
      expectProblem(response, { status: 403, code: "not_allowed" });
    }
    expectProblem(await ctx.anonymous.post(attendancePath(meetingId), { unitId, attendance: "absent" }), {
      status: 401,
      code: "login_required",
    });
    await snapshot.expectUnchanged();
  });
});

interface RateLine {
  unitId: string;
  unitName: string | null;
  meetings: number;
  principal: number;
  deputy: number;
  absent: number;
  inPersonRate: number | null;
  attendedRate: number | null;
}
const lineOf = (response: ApiResponse, unitId: string) =>
  (bodyField(response, "units") as RateLine[]).find((line) => line.unitId === unitId);
const ratesPath = (communityId: string, query = "") => `/api/communities/${communityId}/attendance${query}`;

describe("attendance rate per unit", () => {
  const ctx = useTestApi();

  /** Three held meetings: the school came in person, by deputy, then not; the hospital by deputy twice. */
  const givenThreeMeetings = async () => {
    const { communityId, unitId: school } = await givenUnit(ctx.api);
    const hospital = await givenAnotherUnit(ctx.api, communityId, "区人民医院");
    const library = await givenAnotherUnit(ctx.api, communityId, "区图书馆");
    const records = [
      ["2025-02-01", "principal", "deputy"],
      ["2025-04-01", "deputy", "absent"],
      ["2025-06-01", "absent", "deputy"],
    ] as const;
    for (const [date, schoolCame, hospitalCame] of records) {
      const meetingId = await givenMeeting(ctx.api, communityId, { date });
      await givenAttendance(ctx.api, meetingId, school, schoolCame);
      await givenAttendance(ctx.api, meetingId, hospital, hospitalCame);
    }
    // Neither a meeting still to come nor a cancelled one counts.
    await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });
    const called = await givenMeeting(ctx.api, communityId, { date: "2025-05-01" });
    await ctx.api.post(`${meetingPath(called)}/cancellation`, { reason: "台风" });
    await ctx.testApi.projected();
    return { communityId, school, hospital, library };
  };

  it("given three meetings, then each unit's in-person and attended rates count the meetings recorded for it", async () => {
    const { communityId, school, hospital, library } = await givenThreeMeetings();

    const response = await ctx.api.get(ratesPath(communityId));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ communityId, from: null, to: null });
    expect(lineOf(response, school)).toEqual({
      unitId: school,
      unitName: "光明小学",
      meetings: 3,
      principal: 1,
      deputy: 1,
      absent: 1,
      inPersonRate: 1 / 3,
      attendedRate: 2 / 3,
    });
    expect(lineOf(response, hospital)).toEqual({
      unitId: hospital,
      unitName: "区人民医院",
      meetings: 3,
      principal: 0,
      deputy: 2,
      absent: 1,
      inPersonRate: 0,
      attendedRate: 2 / 3,
    });
    // A unit never recorded is unknown, not absent: no rate rather than zero.
    expect(lineOf(response, library)).toEqual({
      unitId: library,
      unitName: "区图书馆",
      meetings: 0,
      principal: 0,
      deputy: 0,
      absent: 0,
      inPersonRate: null,
      attendedRate: null,
    });
  });

  it("given a date range, then only the meetings within it count, both ends included", async () => {
    const { communityId, school, hospital } = await givenThreeMeetings();

    const since = await ctx.api.get(ratesPath(communityId, "?from=2025-04-01"));
    const until = await ctx.api.get(ratesPath(communityId, "?to=2025-04-01"));
    const reversed = await ctx.api.get(ratesPath(communityId, "?from=2025-05-01&to=2025-01-01"));

    expect(since.body).toMatchObject({ from: "2025-04-01", to: null });
    expect(lineOf(since, school)).toMatchObject({ meetings: 2, principal: 0, deputy: 1, attendedRate: 0.5 });
    expect(lineOf(until, hospital)).toMatchObject({ meetings: 2, deputy: 1, absent: 1, attendedRate: 0.5 });
    const problem = expectProblem(reversed, { status: 400, code: "invalid_request", field: "to" });
    expect(problem.errors?.[0]?.code).toBe("to_before_from");
  });

  it("given who asks, then the community's meeting members and liaisons may read the rates, others may not", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const member = await ctx.testApi.clientWith([{ role: "meeting_member", communityId }]);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const outsider = await ctx.testApi.clientWith([
      { role: "community_staff", communityId: (await givenUnit(ctx.api)).communityId },
    ]);

    expect((await member.get(ratesPath(communityId))).status).toBe(200);
    expect((await liaison.get(ratesPath(communityId))).status).toBe(200);
    expectProblem(await outsider.get(ratesPath(communityId)), { status: 403, code: "not_allowed" });
    expectProblem(await ctx.anonymous.get(ratesPath(communityId)), { status: 401, code: "login_required" });
    expectProblem(await ctx.api.get(ratesPath(freshId("gm"))), { status: 404, code: "community_not_found" });
  });
});
