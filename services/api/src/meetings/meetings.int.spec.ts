import { meetingStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { bodyField, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  decisionBody,
  decisionsPath,
  donePath,
  givenAttendance,
  givenMeeting,
  meetingBody,
  meetingPath,
  meetingsPath,
} from "../testing/meetings-steps.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

interface ListedMeeting {
  meetingId: string;
  decisions: { decisionId: string; overdue: boolean }[];
  attendance: { unitId: string }[];
}
const listed = (body: unknown) => (body as { meetings: ListedMeeting[] }).meetings;

describe("joint meetings (党建联席会议) over HTTP", () => {
  const ctx = useTestApi();

  it("given a community, when a meeting is scheduled, then 201 with its Location, and it reads back with its agenda", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const body = meetingBody();

    const created = await ctx.api.post(meetingsPath(communityId), body);

    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(meetingPath(body.meetingId));
    expect(created.body).toEqual({ meetingId: body.meetingId, revision: 0 });
    const read = await ctx.api.get(meetingPath(body.meetingId));
    expect(read.status).toBe(200);
    expect(etagRevision(read)).toBe(0);
    expect(read.body).toEqual({
      meetingId: body.meetingId,
      communityId,
      title: body.title,
      date: "2025-06-10",
      startTime: "09:00",
      place: body.place,
      agenda: body.agenda,
      status: "scheduled",
      cancelReason: null,
      attendance: [],
      decisions: [],
    });
  });

  it("given a held meeting, when a decision is recorded and later done, then the meeting shows it with its units' names", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    await ctx.testApi.projected();
    const decision = decisionBody([unitId]);

    const decided = await ctx.api.post(decisionsPath(meetingId), decision);
    const done = await ctx.api.post(donePath(meetingId, decision.decisionId), { doneOn: "2025-06-14" });

    expect(decided.status).toBe(201);
    expect(decided.headers.get("location")).toBe(meetingPath(meetingId));
    expect(decided.body).toEqual({ meetingId, decisionId: decision.decisionId, revision: 1 });
    expect(done.status).toBe(200);
    expect(etagRevision(done)).toBe(2);
    const read = await ctx.api.get(meetingPath(meetingId));
    expect(etagRevision(read)).toBe(2);
    expect(bodyField(read, "decisions")).toEqual([
      {
        decisionId: decision.decisionId,
        text: decision.text,
        assignedUnitIds: [unitId],
        assignedUnits: [{ unitId, unitName: "光明小学" }],
        deadline: "2025-07-01",
        done: { doneOn: "2025-06-14", note: "" },
        overdue: false,
      },
    ]);
  });

  it("given decisions past their deadline, then only the one not done is flagged overdue", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-05-01" });
    const late = decisionBody([unitId], { deadline: "2025-06-01" });
    const kept = decisionBody([unitId], { deadline: "2025-06-01" });
    const pending = decisionBody([unitId], { deadline: "2025-06-15" });
    for (const decision of [late, kept, pending]) {
      expect((await ctx.api.post(decisionsPath(meetingId), decision)).status).toBe(201);
    }
    await ctx.api.post(donePath(meetingId, kept.decisionId), { doneOn: "2025-05-30" });

    const read = await ctx.api.get(meetingPath(meetingId));

    expect(bodyField(read, "decisions")).toMatchObject([
      { decisionId: late.decisionId, done: null, overdue: true },
      { decisionId: kept.decisionId, done: { doneOn: "2025-05-30" }, overdue: false },
      // The deadline is the last day allowed: due today is not yet late.
      { decisionId: pending.decisionId, done: null, overdue: false },
    ]);
  });

  it("given a meeting still to come, when it is moved and then cancelled, then it shows the new date and the reason", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });

    const moved = await ctx.api.post(`${meetingPath(meetingId)}/reschedule`, {
      date: "2025-07-08",
      place: "会议室",
    });
    const cancelled = await ctx.api.post(`${meetingPath(meetingId)}/cancellation`, {
      reason: "与区里会议冲突",
    });

    expect([moved.status, cancelled.status]).toEqual([200, 200]);
    expect(moved.body).toEqual({ meetingId, revision: 1 });
    const read = await ctx.api.get(meetingPath(meetingId));
    expect(read.body).toMatchObject({
      date: "2025-07-08",
      place: "会议室",
      status: "cancelled",
      cancelReason: "与区里会议冲突",
    });
    expect(read.body).not.toHaveProperty("startTime");
  });

  it("given a community's meetings, when listed, then newest first with attendance and decisions, and only its own", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const older = await givenMeeting(ctx.api, communityId, { date: "2025-03-01" });
    const newer = await givenMeeting(ctx.api, communityId, { date: "2025-06-01" });
    const elsewhere = await givenMeeting(ctx.api, (await givenUnit(ctx.api)).communityId);
    await givenAttendance(ctx.api, older, unitId, "deputy");
    await ctx.api.post(decisionsPath(older), decisionBody([unitId], { deadline: "2025-04-01" }));
    await ctx.testApi.projected();

    const all = await ctx.api.get(meetingsPath(communityId));
    const spring = await ctx.api.get(`${meetingsPath(communityId)}?from=2025-01-01&to=2025-03-31`);

    expect(all.status).toBe(200);
    expect(listed(all.body).map((m) => m.meetingId)).toEqual([newer, older]);
    expect(listed(all.body).map((m) => m.meetingId)).not.toContain(elsewhere);
    expect(listed(all.body)[1]).toMatchObject({ attendance: [{ unitId }], decisions: [{ overdue: true }] });
    expect(listed(spring.body).map((m) => m.meetingId)).toEqual([older]);
    expectProblem(await ctx.api.get(`${meetingsPath(communityId)}?from=2025-06-01&to=2025-01-01`), {
      status: 400,
      code: "invalid_request",
      field: "to",
    });
  });
});

describe("meeting refusals write nothing", () => {
  const ctx = useTestApi();

  it("given a meeting still to come, when a decision is recorded, then 409 meeting_not_held_yet", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const response = await ctx.api.post(decisionsPath(meetingId), decisionBody([unitId]));

    expectProblem(response, { status: 409, code: "meeting_not_held_yet" });
    await snapshot.expectUnchanged();
  });

  it("given a unit of another community, when a decision is assigned to it, then 409 unit_not_in_community at its index", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const other = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const response = await ctx.api.post(decisionsPath(meetingId), decisionBody([unitId, other.unitId]));

    expectProblem(response, { status: 409, code: "unit_not_in_community", field: "assignedUnitIds.1" });
    await snapshot.expectUnchanged();
  });

  it("given a done decision, when it is marked done again, then 409 decision_already_done", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const decision = decisionBody([unitId]);
    await ctx.api.post(decisionsPath(meetingId), decision);
    expect(
      (await ctx.api.post(donePath(meetingId, decision.decisionId), { doneOn: "2025-06-14" })).status,
    ).toBe(200);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const again = await ctx.api.post(donePath(meetingId, decision.decisionId), { doneOn: "2025-06-15" });

    expectProblem(again, { status: 409, code: "decision_already_done", field: "decisionId" });
    await snapshot.expectUnchanged();
  });

  it("given malformed bodies, then 400 naming the field, before anything runs", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const fresh = meetingBody();
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));
    const unborn = await snapshotOf(ctx.testApi.store, meetingStream(fresh.meetingId));

    const cases = [
      [ctx.api.post(meetingsPath(communityId), { ...fresh, agenda: [] }), "agenda"],
      [ctx.api.post(meetingsPath(communityId), { ...fresh, startTime: "25:00" }), "startTime"],
      [ctx.api.post(meetingsPath(communityId), { ...fresh, chair: "王书记" }), ""],
      [ctx.api.post(meetingsPath(communityId), { ...fresh, communityId: "elsewhere" }), "communityId"],
      [ctx.api.post(decisionsPath(meetingId), decisionBody([unitId, unitId])), "assignedUnitIds.1"],
      [ctx.api.post(donePath(meetingId, "d1"), { doneOn: "2025-13-01" }), "doneOn"],
      [ctx.api.post(`${meetingPath(meetingId)}/cancellation`, { reason: "" }), "reason"],
    ] as const;

    for (const [response, field] of cases) {
      expectProblem(await response, { status: 400, code: "invalid_request", field });
    }
    await snapshot.expectUnchanged();
    await unborn.expectUnchanged();
  });

  it("given no such meeting or community, then 404", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const missing = freshId("m");

    expectProblem(await ctx.api.get(meetingPath(missing)), { status: 404, code: "meeting_not_found" });
    expectProblem(await ctx.api.post(decisionsPath(missing), decisionBody([unitId])), {
      status: 404,
      code: "meeting_not_found",
    });
    expectProblem(await ctx.api.post(meetingsPath(freshId("gm")), meetingBody()), {
      status: 404,
      code: "community_not_found",
    });
    expectProblem(await ctx.api.get(meetingsPath(freshId("gm"))), {
      status: 404,
      code: "community_not_found",
    });
    expect((await ctx.api.get(meetingsPath(communityId))).body).toEqual({ communityId, meetings: [] });
  });
});

describe("who may run and read meetings", () => {
  const ctx = useTestApi();

  it("given no session, then 401 for reads and commands alike", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    for (const response of [
      ctx.anonymous.get(meetingPath(meetingId)),
      ctx.anonymous.get(meetingsPath(communityId)),
      ctx.anonymous.post(meetingsPath(communityId), meetingBody()),
      ctx.anonymous.post(decisionsPath(meetingId), decisionBody([unitId])),
    ]) {
      expectProblem(await response, { status: 401, code: "login_required" });
    }
    await snapshot.expectUnchanged();
  });

  it("given a meeting member of the community, then they may read its meetings but not run them", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const member = await ctx.testApi.clientWith([{ role: "meeting_member", communityId }]);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    expect((await member.get(meetingPath(meetingId))).status).toBe(200);
    expect((await member.get(meetingsPath(communityId))).status).toBe(200);
    for (const response of [
      member.post(meetingsPath(communityId), meetingBody()),
      member.post(decisionsPath(meetingId), decisionBody([unitId])),
      member.post(`${meetingPath(meetingId)}/cancellation`, { reason: "改期" }),
    ]) {
      expectProblem(await response, { status: 403, code: "not_allowed" });
    }
    await snapshot.expectUnchanged();
  });

  it("given staff of another community, then they may neither read nor run this community's meetings", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const outsider = await ctx.testApi.clientWith([
      { role: "community_staff", communityId: (await givenUnit(ctx.api)).communityId },
    ]);
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    for (const response of [
      outsider.get(meetingPath(meetingId)),
      outsider.get(meetingsPath(communityId)),
      outsider.post(meetingsPath(communityId), meetingBody()),
      outsider.post(decisionsPath(meetingId), decisionBody([unitId])),
    ]) {
      expectProblem(await response, { status: 403, code: "not_allowed" });
    }
    await snapshot.expectUnchanged();
  });

  it("given the community's own staff, then they may schedule and record", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const body = meetingBody();

    expect((await staff.post(meetingsPath(communityId), body)).status).toBe(201);
    expect((await staff.post(decisionsPath(body.meetingId), decisionBody([unitId]))).status).toBe(201);
  });

  it("given a liaison, then they may read the meetings of their unit's community but not another's", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const elsewhere = await givenUnit(ctx.api);
    const otherMeeting = await givenMeeting(ctx.api, elsewhere.communityId);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    expect((await liaison.get(meetingPath(meetingId))).status).toBe(200);
    expect((await liaison.get(meetingsPath(communityId))).status).toBe(200);
    expectProblem(await liaison.get(meetingPath(otherMeeting)), { status: 403, code: "not_allowed" });
    expectProblem(await liaison.get(meetingsPath(elsewhere.communityId)), {
      status: 403,
      code: "not_allowed",
    });
  });
});
