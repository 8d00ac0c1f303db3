import { meetingStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit, unitBody } from "../testing-support/fixtures.ts";
import { type Client, expectProblem, snapshotOf } from "../testing-support/http.ts";
import { freshId } from "../testing-support/test-api.ts";
import { useTestApi } from "../testing-support/use-test-api.ts";

const meetingBody = (overrides: Record<string, unknown> = {}) => ({
  meetingId: freshId("m"),
  title: "第二季度党建联席会议",
  date: "2025-06-10",
  startTime: "09:00",
  place: "社区党群服务中心",
  agenda: [{ title: "通报共驻共建协议进展" }, { title: "议定下半年重点工作", presenter: "王书记" }],
  ...overrides,
});

describe("joint meetings (党建联席会议) over HTTP", () => {
  const ctx = useTestApi();

  const givenMeeting = async (api: Client, communityId: string, overrides: Record<string, unknown> = {}) => {
    const body = meetingBody(overrides);
    const response = await api.post(`/api/communities/${communityId}/meetings`, body);
    expect(response.status).toBe(201);
    return body.meetingId;
  };

  it("given a held meeting, when attendance and a decision are recorded and the decision is done, then the meeting shows them", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);

    const attended = await ctx.api.post(`/api/meetings/${meetingId}/attendance`, {
      unitId,
      attendance: "deputy",
      attendeeName: "张副校长",
    });
    const decided = await ctx.api.post(`/api/meetings/${meetingId}/decisions`, {
      decisionId: "d1",
      text: "暑期向居民开放操场",
      assignedUnitIds: [unitId],
      deadline: "2025-07-01",
    });
    const done = await ctx.api.post(`/api/meetings/${meetingId}/decisions/d1/done`, { doneOn: "2025-06-14" });

    expect([attended.status, decided.status, done.status]).toEqual([200, 201, 200]);
    await ctx.testApi.projected();
    const read = await ctx.api.get(`/api/meetings/${meetingId}`);
    expect(read.body).toMatchObject({
      status: "scheduled",
      attendance: [{ unitId, unitName: "光明小学", attendance: "deputy", attendeeName: "张副校长" }],
      decisions: [{ decisionId: "d1", done: { doneOn: "2025-06-14" }, overdue: false }],
    });
  });

  it("given a decision past its deadline and not done, then it is flagged overdue", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-05-01" });
    await ctx.api.post(`/api/meetings/${meetingId}/decisions`, {
      decisionId: "late",
      text: "清理楼道杂物",
      assignedUnitIds: [unitId],
      deadline: "2025-06-01",
    });

    const read = await ctx.api.get(`/api/meetings/${meetingId}`);
    expect(read.body).toMatchObject({ decisions: [{ decisionId: "late", done: null, overdue: true }] });
  });

  it("given a meeting still to come, when attendance is recorded, then 409 meeting_not_held_yet and nothing is written", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });
    const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

    const response = await ctx.api.post(`/api/meetings/${meetingId}/attendance`, {
      unitId,
      attendance: "absent",
    });

    expectProblem(response, { status: 409, code: "meeting_not_held_yet" });
    await snapshot.expectUnchanged();
  });

  it("given a unit of another community, when its attendance is recorded, then 409 unit_not_in_community on unitId", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const other = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);

    const response = await ctx.api.post(`/api/meetings/${meetingId}/attendance`, {
      unitId: other.unitId,
      attendance: "principal",
      attendeeName: "李校长",
    });

    expectProblem(response, { status: 409, code: "unit_not_in_community", field: "unitId" });
  });

  it("given a principal without a name, then 400 attendee_required on attendeeName", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    const response = await ctx.api.post(`/api/meetings/${meetingId}/attendance`, {
      unitId,
      attendance: "principal",
    });
    const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "attendeeName" });
    expect(problem.errors?.[0]?.code).toBe("attendee_required");
  });

  it("given a done decision, when marked done again, then 409 decision_already_done", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId);
    await ctx.api.post(`/api/meetings/${meetingId}/decisions`, {
      decisionId: "d1",
      text: "x",
      assignedUnitIds: [unitId],
      deadline: "2025-07-01",
    });
    await ctx.api.post(`/api/meetings/${meetingId}/decisions/d1/done`, { doneOn: "2025-06-14" });
    expectProblem(
      await ctx.api.post(`/api/meetings/${meetingId}/decisions/d1/done`, { doneOn: "2025-06-15" }),
      {
        status: 409,
        code: "decision_already_done",
        field: "decisionId",
      },
    );
  });

  it("given a future meeting, when rescheduled and then cancelled, then it shows the new date and the reason", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const meetingId = await givenMeeting(ctx.api, communityId, { date: "2025-07-01" });

    expect(
      (await ctx.api.post(`/api/meetings/${meetingId}/reschedule`, { date: "2025-07-08", place: "会议室" }))
        .status,
    ).toBe(200);
    expect(
      (await ctx.api.post(`/api/meetings/${meetingId}/cancellation`, { reason: "与区里会议冲突" })).status,
    ).toBe(200);

    expect((await ctx.api.get(`/api/meetings/${meetingId}`)).body).toMatchObject({
      date: "2025-07-08",
      status: "cancelled",
      cancelReason: "与区里会议冲突",
    });
  });

  it("given a community's meetings, when listed, then newest first", async () => {
    const { communityId } = await givenUnit(ctx.api);
    const older = await givenMeeting(ctx.api, communityId, { date: "2025-03-01" });
    const newer = await givenMeeting(ctx.api, communityId, { date: "2025-06-01" });
    await ctx.testApi.projected();

    const response = await ctx.api.get(`/api/communities/${communityId}/meetings`);
    expect((response.body as { meetings: { meetingId: string }[] }).meetings.map((m) => m.meetingId)).toEqual(
      [newer, older],
    );
  });

  describe("who may", () => {
    it("given a liaison, a meeting member or staff of another community, then they may not record; a meeting member may read", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const meetingId = await givenMeeting(ctx.api, communityId);
      const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
      const meetingMember = await ctx.testApi.clientWith([{ role: "meeting_member", communityId }]);
      const outsider = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: (await givenUnit(ctx.api)).communityId },
      ]);
      const snapshot = await snapshotOf(ctx.testApi.store, meetingStream(meetingId));

      for (const client of [liaison, meetingMember, outsider]) {
        expectProblem(
          await client.post(`/api/meetings/${meetingId}/attendance`, {
            unitId,
            attendance: "principal",
            attendeeName: "某",
          }),
          { status: 403, code: "not_allowed" },
        );
      }
      await snapshot.expectUnchanged();
      expect((await meetingMember.get(`/api/meetings/${meetingId}`)).status).toBe(200);
      expectProblem(await outsider.get(`/api/meetings/${meetingId}`), { status: 403, code: "not_allowed" });
      expectProblem(await ctx.anonymous.get(`/api/meetings/${meetingId}`), {
        status: 401,
        code: "login_required",
      });
    });
  });
});

describe("attendance rate per unit", () => {
  const ctx = useTestApi();

  it("given three meetings, then each unit's in-person and attended rates count only meetings with a record for it", async () => {
    const { communityId, unitId: school } = await givenUnit(ctx.api);
    const hospital = unitBody();
    await ctx.api.post(`/api/communities/${communityId}/units`, hospital);
    const records: [string, string, string][] = [
      ["2025-02-01", "principal", "deputy"],
      ["2025-04-01", "deputy", "absent"],
      ["2025-06-01", "absent", "deputy"],
    ];
    for (const [date, schoolCame, hospitalCame] of records) {
      const meetingId = freshId("m");
      await ctx.api.post(`/api/communities/${communityId}/meetings`, meetingBody({ meetingId, date }));
      for (const [unitId, attendance] of [
        [school, schoolCame],
        [hospital.unitId, hospitalCame],
      ] as const) {
        const body =
          attendance === "absent" ? { unitId, attendance } : { unitId, attendance, attendeeName: "代表" };
        expect((await ctx.api.post(`/api/meetings/${meetingId}/attendance`, body)).status).toBe(200);
      }
    }
    await ctx.testApi.projected();

    const all = await ctx.api.get(`/api/communities/${communityId}/attendance`);
    const since = await ctx.api.get(`/api/communities/${communityId}/attendance?from=2025-03-01`);

    const line = (response: typeof all, unitId: string) =>
      (response.body as { units: { unitId: string }[] }).units.find((u) => u.unitId === unitId);
    expect(line(all, school)).toMatchObject({
      meetings: 3,
      principal: 1,
      deputy: 1,
      absent: 1,
      inPersonRate: 1 / 3,
      attendedRate: 2 / 3,
    });
    expect(line(all, hospital.unitId)).toMatchObject({
      meetings: 3,
      principal: 0,
      deputy: 2,
      inPersonRate: 0,
      attendedRate: 2 / 3,
    });
    expect(line(since, school)).toMatchObject({ meetings: 2, principal: 0, attendedRate: 0.5 });
    expectProblem(
      await ctx.api.get(`/api/communities/${communityId}/attendance?from=2025-05-01&to=2025-01-01`),
      {
        status: 400,
        code: "invalid_request",
        field: "to",
      },
    );
  });
});
