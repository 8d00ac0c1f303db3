import { teamStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit, unitBody } from "../testing/fixtures.ts";
import { type ApiResponse, bodyField, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  givenPerson,
  givenStaffedTeam,
  givenTeam,
  membersPath,
  teamBody,
  teamPath,
} from "../testing/teams-steps.ts";
import { freshId, TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("volunteer teams over HTTP", () => {
  const ctx = useTestApi();

  /** Sends a command on a team and proves that its refusal wrote nothing, anywhere. */
  const refused = async (teamId: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, teamStream(teamId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };
  const person = (communityId: string, name = "赵芳") =>
    givenPerson(ctx.testApi.store, communityId, { name });
  const leaderOf = (teamId: string) => ctx.testApi.clientWith([{ role: "team_leader", teamId }]);

  describe("creating a team", () => {
    it("given a community, when a team is created, then 201 with Location and ETag 0, and it reads back empty", async () => {
      const communityId = await givenCommunity(ctx.api);
      const { description: _, ...body } = teamBody();

      const response = await ctx.api.post(`/api/communities/${communityId}/teams`, body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(teamPath(body.teamId));
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ teamId: body.teamId, revision: 0 });
      const readBack = await ctx.api.get(teamPath(body.teamId));
      expect(readBack.status).toBe(200);
      expect(readBack.headers.get("etag")).toBe('"0"');
      expect(readBack.body).toEqual({
        ...body,
        communityId,
        description: "",
        leader: null,
        members: [],
        hours: { approved: 0, pending: 0 },
        entries: [],
      });
    });

    it("given an existing team, when it is created again, then 409 team_already_exists and nothing is written", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);

      const response = await refused(teamId, () =>
        ctx.api.post(`/api/communities/${communityId}/teams`, teamBody(teamId, { name: "别的队" })),
      );

      expectProblem(response, { status: 409, code: "team_already_exists" });
    });

    it("given an unknown community, when a team is created in it, then 404 community_not_found and nothing is written", async () => {
      const teamId = freshId("team");

      const response = await refused(teamId, () =>
        ctx.api.post(`/api/communities/${freshId("nowhere")}/teams`, teamBody(teamId)),
      );

      expectProblem(response, { status: 404, code: "community_not_found", field: "communityId" });
    });

    it("given an unknown category and a body naming another community, when posted, then 400 naming both", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = teamBody(undefined, { category: "choir" });

      const badCategory = await refused(body.teamId, () =>
        ctx.api.post(`/api/communities/${communityId}/teams`, body),
      );
      const otherCommunity = await refused(body.teamId, () =>
        ctx.api.post(`/api/communities/${communityId}/teams`, {
          ...teamBody(body.teamId),
          communityId: freshId("elsewhere"),
        }),
      );

      expectProblem(badCategory, { status: 400, code: "invalid_request", field: "category" });
      const mismatch = expectProblem(otherCommunity, {
        status: 400,
        code: "invalid_request",
        field: "communityId",
      });
      expect(mismatch.errors?.[0]?.code).toBe("path_mismatch");
    });
  });

  describe("leader and roster", () => {
    it("given a person not on the roster, when appointed leader, then they join and lead, named from their own record", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const { personId } = await person(communityId, "王队长");

      const response = await ctx.api.post(`${teamPath(teamId)}/leader`, { personId });

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"2"');
      expect(response.body).toEqual({ teamId, personId, revision: 2 });
      const team = await ctx.api.get(teamPath(teamId));
      expect(team.body).toMatchObject({
        leader: { personId, name: "王队长" },
        members: [
          {
            personId,
            name: "王队长",
            skills: [],
            joinedOn: TODAY,
            isLeader: true,
            hours: { approved: 0, pending: 0 },
          },
        ],
      });
    });

    it("given a team, when a person is added, then 201 with the team as Location and they are on the roster with their skills", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const { personId } = await person(communityId, "李明");

      const response = await ctx.api.post(membersPath(teamId), { personId, skills: ["电工", "护理"] });

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(teamPath(teamId));
      expect(response.body).toEqual({ teamId, personId, revision: 1 });
      const team = await ctx.api.get(teamPath(teamId));
      expect(team.headers.get("etag")).toBe('"1"');
      expect(team.body).toMatchObject({
        leader: null,
        members: [{ personId, name: "李明", skills: ["电工", "护理"], joinedOn: TODAY, isLeader: false }],
      });
    });

    it("given a member, when they are removed with a reason, then 200 and the roster no longer holds them", async () => {
      const { teamId, leaderId, memberId } = await givenStaffedTeam(ctx.api, ctx.testApi.store);

      const response = await ctx.api.post(`${membersPath(teamId)}/${memberId}/removal`, { reason: "搬家" });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ teamId, personId: memberId, revision: 4 });
      const team = await ctx.api.get(teamPath(teamId));
      expect(team.body).toMatchObject({ members: [{ personId: leaderId, isLeader: true }] });
      const stored = await ctx.testApi.store.readStream(teamStream(teamId));
      expect(stored.at(-1)?.data).toMatchObject({ personId: memberId, reason: "搬家", removedOn: TODAY });
    });

    it("given a removal with no body at all, then the reason defaults to empty", async () => {
      const { teamId, memberId } = await givenStaffedTeam(ctx.api, ctx.testApi.store);

      const response = await ctx.api.post(`${membersPath(teamId)}/${memberId}/removal`, undefined);

      expect(response.status).toBe(200);
      const stored = await ctx.testApi.store.readStream(teamStream(teamId));
      expect(stored.at(-1)?.data).toMatchObject({ personId: memberId, reason: "" });
    });

    it("given no such person, when appointed or added, then 404 person_not_found and nothing is written", async () => {
      const { teamId } = await givenTeam(ctx.api);
      const personId = freshId("ghost");

      const appoint = await refused(teamId, () => ctx.api.post(`${teamPath(teamId)}/leader`, { personId }));
      const add = await refused(teamId, () => ctx.api.post(membersPath(teamId), { personId }));

      expectProblem(appoint, { status: 404, code: "person_not_found", field: "personId" });
      expectProblem(add, { status: 404, code: "person_not_found", field: "personId" });
    });

    it("given a staffed team, when the roster is changed against its rules, then 409 with the rule's code and nothing is written", async () => {
      const { communityId, teamId, leaderId, memberId } = await givenStaffedTeam(ctx.api, ctx.testApi.store);
      const outsider = await person(communityId);

      const addAgain = await refused(teamId, () => ctx.api.post(membersPath(teamId), { personId: memberId }));
      const appointAgain = await refused(teamId, () =>
        ctx.api.post(`${teamPath(teamId)}/leader`, { personId: leaderId }),
      );
      const removeLeader = await refused(teamId, () =>
        ctx.api.post(`${membersPath(teamId)}/${leaderId}/removal`, {}),
      );
      const removeOutsider = await refused(teamId, () =>
        ctx.api.post(`${membersPath(teamId)}/${outsider.personId}/removal`, {}),
      );

      expectProblem(addAgain, { status: 409, code: "already_member", field: "personId" });
      expectProblem(appointAgain, { status: 409, code: "already_leader", field: "personId" });
      expectProblem(removeLeader, { status: 409, code: "cannot_remove_leader", field: "personId" });
      expectProblem(removeOutsider, { status: 409, code: "not_member", field: "personId" });
    });

    it("given a skill listed twice, when a member is added, then 400 duplicate_skill on that skill", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const { personId } = await person(communityId);

      const response = await refused(teamId, () =>
        ctx.api.post(membersPath(teamId), { personId, skills: ["电工", "电工"] }),
      );

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "skills.1" });
      expect(problem.errors?.[0]?.code).toBe("duplicate_skill");
    });

    it("given no such team, when it is read or a member is added, then 404 team_not_found", async () => {
      const communityId = await givenCommunity(ctx.api);
      const { personId } = await person(communityId);
      const teamId = freshId("ghost");

      expectProblem(await ctx.api.get(teamPath(teamId)), { status: 404, code: "team_not_found" });
      const add = await refused(teamId, () => ctx.api.post(membersPath(teamId), { personId }));
      expectProblem(add, { status: 404, code: "team_not_found" });
    });
  });

  describe("listing a community's teams", () => {
    it("given teams in two communities, when one community's teams are listed, then only its own, each with leader and size", async () => {
      const staffed = await givenStaffedTeam(ctx.api, ctx.testApi.store);
      const bare = await givenTeam(ctx.api, staffed.communityId);
      await givenTeam(ctx.api);
      await ctx.testApi.projected();

      const response = await ctx.api.get(`/api/communities/${staffed.communityId}/teams`);

      expect(response.status).toBe(200);
      const expected = [
        {
          teamId: staffed.teamId,
          leader: { personId: staffed.leaderId, name: "王队长" },
          memberCount: 2,
          hours: { approved: 0, pending: 0 },
        },
        { teamId: bare.teamId, leader: null, memberCount: 0, hours: { approved: 0, pending: 0 } },
      ].sort((a, b) => a.teamId.localeCompare(b.teamId));
      expect(response.body).toEqual({
        communityId: staffed.communityId,
        teams: expected.map((team) => ({
          ...team,
          communityId: staffed.communityId,
          category: "joint_patrol",
          name: "义务联防队",
          description: "夜间巡逻",
        })),
      });
    });

    it("given an unknown community, when its teams are listed, then 404 community_not_found", async () => {
      const response = await ctx.api.get(`/api/communities/${freshId("nowhere")}/teams`);

      expectProblem(response, { status: 404, code: "community_not_found" });
    });
  });

  describe("who may do what", () => {
    it("given no session, when a team is created or read, then 401 and nothing is written", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const body = teamBody();

      const create = await refused(body.teamId, () =>
        ctx.anonymous.post(`/api/communities/${communityId}/teams`, body),
      );

      expectProblem(create, { status: 401, code: "login_required" });
      expectProblem(await ctx.anonymous.get(teamPath(teamId)), { status: 401, code: "login_required" });
    });

    it("given the community's staff, when they create a team, then 201; staff of another community get 403", async () => {
      const communityId = await givenCommunity(ctx.api);
      const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
      const elsewhere = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: await givenCommunity(ctx.api) },
      ]);
      const body = teamBody();

      const foreign = await refused(body.teamId, () =>
        elsewhere.post(`/api/communities/${communityId}/teams`, body),
      );
      const own = await staff.post(`/api/communities/${communityId}/teams`, body);

      expectProblem(foreign, { status: 403, code: "not_allowed" });
      expect(own.status).toBe(201);
    });

    it("given a team leader, when they add and remove members of their own team, then both are accepted", async () => {
      const { communityId, teamId } = await givenStaffedTeam(ctx.api, ctx.testApi.store);
      const leader = await leaderOf(teamId);
      const { personId } = await person(communityId);

      const added = await leader.post(membersPath(teamId), { personId });
      const removed = await leader.post(`${membersPath(teamId)}/${personId}/removal`, { reason: "工作调动" });

      expect(added.status).toBe(201);
      expect(removed.status).toBe(200);
    });

    it("given a team leader, when they change another team's roster, appoint a leader or create a team, then 403 and nothing is written", async () => {
      const own = await givenStaffedTeam(ctx.api, ctx.testApi.store);
      const other = await givenStaffedTeam(ctx.api, ctx.testApi.store, own.communityId);
      const leader = await leaderOf(own.teamId);
      const { personId } = await person(own.communityId);
      const body = teamBody();

      const add = await refused(other.teamId, () => leader.post(membersPath(other.teamId), { personId }));
      const remove = await refused(other.teamId, () =>
        leader.post(`${membersPath(other.teamId)}/${other.memberId}/removal`, {}),
      );
      const appoint = await refused(own.teamId, () =>
        leader.post(`${teamPath(own.teamId)}/leader`, { personId: own.memberId }),
      );
      const create = await refused(body.teamId, () =>
        leader.post(`/api/communities/${own.communityId}/teams`, body),
      );

      for (const response of [add, remove, appoint, create]) {
        expectProblem(response, { status: 403, code: "not_allowed" });
      }
    });

    it("given a refused leader, when the person does not exist either, then still 403: access is checked first", async () => {
      const own = await givenTeam(ctx.api);
      const other = await givenTeam(ctx.api, own.communityId);
      const leader = await leaderOf(own.teamId);

      const response = await refused(other.teamId, () =>
        leader.post(membersPath(other.teamId), { personId: freshId("ghost") }),
      );

      expectProblem(response, { status: 403, code: "not_allowed" });
    });

    it("given anyone of the community, when they read its teams, then 200, though a unit's liaison may not change a roster", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const unit = await ctx.api.post(`/api/communities/${communityId}/units`, unitBody());
      const unitId = String(bodyField(unit, "unitId"));
      const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
      const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);
      const { personId } = await person(communityId);
      await ctx.testApi.projected();

      for (const reader of [liaison, keeper]) {
        expect((await reader.get(teamPath(teamId))).status).toBe(200);
        expect((await reader.get(`/api/communities/${communityId}/teams`)).status).toBe(200);
      }
      const add = await refused(teamId, () => liaison.post(membersPath(teamId), { personId }));
      expectProblem(add, { status: 403, code: "not_allowed" });
    });

    it("given someone of another community, when they read this community's teams, then 403", async () => {
      const { communityId, teamId } = await givenTeam(ctx.api);
      const { unitId } = await givenUnit(ctx.api);
      const stranger = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

      expectProblem(await stranger.get(teamPath(teamId)), { status: 403, code: "not_allowed" });
      expectProblem(await stranger.get(`/api/communities/${communityId}/teams`), {
        status: 403,
        code: "not_allowed",
      });
    });
  });
});
