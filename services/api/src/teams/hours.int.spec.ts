import { Id, teamStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { type ApiResponse, bodyField, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  givenStaffedTeam,
  hoursBody,
  hoursPath,
  membersPath,
  type StaffedTeam,
  teamPath,
} from "../testing/teams-steps.ts";
import { freshId, TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("volunteer service hours over HTTP", () => {
  const ctx = useTestApi();

  const refused = async (teamId: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, teamStream(teamId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };
  const staffedTeam = (communityId?: string) => givenStaffedTeam(ctx.api, ctx.testApi.store, communityId);
  const approvalPath = (teamId: string, entryId: string) => `${hoursPath(teamId)}/${entryId}/approval`;
  const rejectionPath = (teamId: string, entryId: string) => `${hoursPath(teamId)}/${entryId}/rejection`;

  /** Given an entry logged for the team's member; returns its id. */
  const givenEntry = async (team: StaffedTeam, overrides: Record<string, unknown> = {}) => {
    const body = hoursBody(team.memberId, overrides);
    const response = await ctx.api.post(hoursPath(team.teamId), body);
    expect(response.status).toBe(201);
    return body.entryId;
  };

  describe("logging", () => {
    it("given a member, when their hours are logged, then 201 with the entry id, the team as Location and the next ETag", async () => {
      const team = await staffedTeam();
      const body = hoursBody(team.memberId);

      const response = await ctx.api.post(hoursPath(team.teamId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(teamPath(team.teamId));
      expect(response.headers.get("etag")).toBe('"4"');
      expect(response.body).toEqual({ teamId: team.teamId, entryId: body.entryId, revision: 4 });
      const read = await ctx.api.get(teamPath(team.teamId));
      expect(read.body).toMatchObject({
        entries: [{ ...body, status: "pending" }],
        hours: { approved: 0, pending: 2.5 },
      });
    });

    it("given no entryId and an Idempotency-Key, when sent twice, then one entry with a server-made id and a replay", async () => {
      const team = await staffedTeam();
      const { entryId: _, ...body } = hoursBody(team.memberId, { date: TODAY });
      const headers = { "idempotency-key": freshId("key") };

      const first = await ctx.api.post(hoursPath(team.teamId), body, headers);
      const again = await ctx.api.post(hoursPath(team.teamId), body, headers);

      expect(first.status).toBe(201);
      const entryId = Id.parse(bodyField(first, "entryId"));
      expect(again.status).toBe(200);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.body).toEqual(first.body);
      const stored = await ctx.testApi.store.readStream(teamStream(team.teamId));
      expect(stored.filter((event) => event.type === "ServiceHoursLogged").map((e) => e.data)).toEqual([
        { ...body, entryId, teamId: team.teamId, communityId: team.communityId },
      ]);
    });

    it("given hours against the rules, when logged, then refused with the rule's code and nothing is written", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);
      const stranger = freshId("stranger");
      const cases: [Record<string, unknown>, { status: number; code: string; field: string }][] = [
        [hoursBody(stranger), { status: 409, code: "not_member", field: "personId" }],
        [
          hoursBody(team.memberId, { entryId }),
          { status: 409, code: "entry_already_logged", field: "entryId" },
        ],
        [
          hoursBody(team.memberId, { date: "2025-06-16" }),
          { status: 400, code: "date_in_future", field: "date" },
        ],
        [
          hoursBody(team.memberId, { hours: 24.01 }),
          { status: 400, code: "invalid_request", field: "hours" },
        ],
        [
          hoursBody(team.memberId, { activity: "" }),
          { status: 400, code: "invalid_request", field: "activity" },
        ],
        [
          { ...hoursBody(team.memberId), communityId: team.communityId },
          { status: 400, code: "invalid_request", field: "" },
        ],
      ];

      for (const [body, expected] of cases) {
        const response = await refused(team.teamId, () => ctx.api.post(hoursPath(team.teamId), body));
        expectProblem(response, expected);
      }
    });

    it("given a member who has left, when hours are logged for them, then 409 not_member", async () => {
      const team = await staffedTeam();
      await ctx.api.post(`${membersPath(team.teamId)}/${team.memberId}/removal`, {});

      const response = await refused(team.teamId, () =>
        ctx.api.post(hoursPath(team.teamId), hoursBody(team.memberId)),
      );

      expectProblem(response, { status: 409, code: "not_member", field: "personId" });
    });
  });

  describe("approving and rejecting", () => {
    it("given a pending entry, when staff approve it, then 200 and it counts as approved", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);

      const response = await ctx.api.post(approvalPath(team.teamId, entryId), {});

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ teamId: team.teamId, entryId, revision: 5 });
      const read = await ctx.api.get(teamPath(team.teamId));
      expect(etagRevision(read)).toBe(5);
      expect(read.body).toMatchObject({
        entries: [{ entryId, status: "approved" }],
        hours: { approved: 2.5, pending: 0 },
      });
    });

    it("given a pending entry, when staff reject it with a reason, then 200 and it counts for nothing", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);

      const response = await ctx.api.post(rejectionPath(team.teamId, entryId), { reason: "当天未出勤" });

      expect(response.status).toBe(200);
      const read = await ctx.api.get(teamPath(team.teamId));
      expect(read.body).toMatchObject({
        entries: [{ entryId, status: "rejected" }],
        hours: { approved: 0, pending: 0 },
      });
      const stored = await ctx.testApi.store.readStream(teamStream(team.teamId));
      expect(stored.at(-1)?.data).toMatchObject({ entryId, reason: "当天未出勤", rejectedOn: TODAY });
    });

    it("given decided, unknown and reasonless cases, when staff decide, then refused with the rule's code and nothing is written", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);
      await ctx.api.post(approvalPath(team.teamId, entryId), {});
      const pending = await givenEntry(team);

      const approveAgain = await refused(team.teamId, () =>
        ctx.api.post(approvalPath(team.teamId, entryId), {}),
      );
      const rejectApproved = await refused(team.teamId, () =>
        ctx.api.post(rejectionPath(team.teamId, entryId), { reason: "重复" }),
      );
      const unknown = await refused(team.teamId, () =>
        ctx.api.post(approvalPath(team.teamId, freshId("entry")), {}),
      );
      const noReason = await refused(team.teamId, () =>
        ctx.api.post(rejectionPath(team.teamId, pending), { reason: " " }),
      );
      const noTeam = await ctx.api.post(approvalPath(freshId("ghost"), entryId), {});

      expectProblem(approveAgain, { status: 409, code: "entry_already_decided", field: "entryId" });
      expectProblem(rejectApproved, { status: 409, code: "entry_already_decided", field: "entryId" });
      expectProblem(unknown, { status: 404, code: "entry_not_found", field: "entryId" });
      expectProblem(noReason, { status: 400, code: "invalid_request", field: "reason" });
      expectProblem(noTeam, { status: 404, code: "team_not_found" });
    });
  });

  describe("totals", () => {
    it("given entries of several members in every status, when the team is read, then each member's totals are exact to hundredths", async () => {
      const team = await staffedTeam();
      const member = (hours: number) => givenEntry(team, { hours });
      const leader = (hours: number) => givenEntry(team, { personId: team.leaderId, hours });
      const approved = [await member(0.1), await member(0.2), await leader(1.15)];
      const rejected = await member(8);
      await member(0.7);
      await leader(0.05);
      for (const entryId of approved) await ctx.api.post(approvalPath(team.teamId, entryId), {});
      await ctx.api.post(rejectionPath(team.teamId, rejected), { reason: "记录有误" });

      const response = await ctx.api.get(teamPath(team.teamId));

      expect(response.body).toMatchObject({
        members: [
          { personId: team.leaderId, name: "王队长", hours: { approved: 1.15, pending: 0.05 } },
          { personId: team.memberId, name: "李明", hours: { approved: 0.3, pending: 0.7 } },
        ],
        hours: { approved: 1.45, pending: 0.75 },
      });
    });

    it("given approved hours in a community's teams, when the teams are listed, then each shows its totals", async () => {
      const communityId = await givenCommunity(ctx.api);
      const team = await staffedTeam(communityId);
      const entryId = await givenEntry(team, { hours: 3.25 });
      await ctx.api.post(approvalPath(team.teamId, entryId), {});
      await givenEntry(team, { hours: 1 });
      await ctx.testApi.projected();

      const response = await ctx.api.get(`/api/communities/${communityId}/teams`);

      expect(response.body).toMatchObject({
        teams: [{ teamId: team.teamId, memberCount: 2, hours: { approved: 3.25, pending: 1 } }],
      });
    });
  });

  describe("who may do what", () => {
    it("given a team leader, when they log hours for their own team, then 201; for another team, 403 and nothing is written", async () => {
      const own = await staffedTeam();
      const other = await staffedTeam(own.communityId);
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId: own.teamId }]);

      const logged = await leader.post(hoursPath(own.teamId), hoursBody(own.memberId));
      const foreign = await refused(other.teamId, () =>
        leader.post(hoursPath(other.teamId), hoursBody(other.memberId)),
      );

      expect(logged.status).toBe(201);
      expectProblem(foreign, { status: 403, code: "not_allowed" });
    });

    it("given a team leader, when they approve or reject their own team's hours, then 403 and nothing is written", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId: team.teamId }]);

      const approve = await refused(team.teamId, () => leader.post(approvalPath(team.teamId, entryId), {}));
      const reject = await refused(team.teamId, () =>
        leader.post(rejectionPath(team.teamId, entryId), { reason: "不算" }),
      );

      expectProblem(approve, { status: 403, code: "not_allowed" });
      expectProblem(reject, { status: 403, code: "not_allowed" });
    });

    it("given the community's staff, when they approve and reject, then 200; staff of another community get 403", async () => {
      const team = await staffedTeam();
      const [first, second] = [await givenEntry(team), await givenEntry(team)];
      const staff = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: team.communityId },
      ]);
      const elsewhere = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: await givenCommunity(ctx.api) },
      ]);

      const foreign = await refused(team.teamId, () => elsewhere.post(approvalPath(team.teamId, first), {}));
      const approved = await staff.post(approvalPath(team.teamId, first), {});
      const rejected = await staff.post(rejectionPath(team.teamId, second), { reason: "重复登记" });

      expectProblem(foreign, { status: 403, code: "not_allowed" });
      expect(approved.status).toBe(200);
      expect(rejected.status).toBe(200);
    });

    it("given no session, when hours are logged or approved, then 401 and nothing is written", async () => {
      const team = await staffedTeam();
      const entryId = await givenEntry(team);

      const log = await refused(team.teamId, () =>
        ctx.anonymous.post(hoursPath(team.teamId), hoursBody(team.memberId)),
      );
      const approve = await refused(team.teamId, () =>
        ctx.anonymous.post(approvalPath(team.teamId, entryId), {}),
      );

      expectProblem(log, { status: 401, code: "login_required" });
      expectProblem(approve, { status: 401, code: "login_required" });
    });
  });
});
