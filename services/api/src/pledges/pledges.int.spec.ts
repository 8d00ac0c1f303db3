import { BoardSnapshot, type PledgeRatesBoard, type PledgesBoard } from "@cobuild/boards";
import { pledgeStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit } from "../testing/fixtures.ts";
import { expectProblem, snapshotOf } from "../testing/http.ts";
import { givenPerson, memberBody, volunteerBody } from "../testing/people-steps.ts";
import { freshId, TEST_STREET } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const pledgesPath = (communityId: string) => `/api/communities/${communityId}/pledges`;
const pledgePath = (pledgeId: string) => `/api/pledges/${pledgeId}`;

const pledgeBody = (communityId: string, overrides: Record<string, unknown> = {}) => ({
  pledgeId: freshId("pledge"),
  communityId,
  pledger: { kind: "committee" },
  content: "年内完成老旧小区环境整治",
  category: "environment",
  madeTo: "residents",
  dueOn: "2025-12-31",
  ...overrides,
});

describe("pledges (承诺 · 践诺 · 销号) over HTTP", () => {
  const ctx = useTestApi();

  it("given a member's pledge, when fulfilled with evidence and verified by staff, then it is struck off", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const personId = await givenPerson(
      ctx.api,
      communityId,
      memberBody(undefined, { employerUnitId: unitId }),
    );
    const member = await ctx.testApi.clientWith([{ role: "member", personId }]);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const body = pledgeBody(communityId, { pledger: { kind: "member", personId }, category: "elderly" });

    const made = await member.post(pledgesPath(communityId), body, { "idempotency-key": "pledge-once" });
    expect(made.status).toBe(201);
    expect(made.headers.get("location")).toBe(pledgePath(body.pledgeId));
    const again = await member.post(pledgesPath(communityId), body, { "idempotency-key": "pledge-once" });
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");

    const fulfilmentId = freshId("f");
    expect(
      (
        await member.post(`${pledgePath(body.pledgeId)}/fulfilments`, {
          fulfilmentId,
          evidence: "已为12位独居老人理发，附签到表",
        })
      ).status,
    ).toBe(201);
    expect((await staff.post(`${pledgePath(body.pledgeId)}/strike-off`, {})).status).toBe(200);

    const read = await member.get(pledgePath(body.pledgeId));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      status: "struck_off",
      pledger: { kind: "member", personId, unitId },
      madeOn: "2025-06-15",
      closedOn: "2025-06-15",
      fulfilments: [{ fulfilmentId, status: "verified", doneOn: "2025-06-15", reason: null }],
    });
  });

  it("given a rejected fulfilment, then striking off is refused with fulfilment_missing and nothing is written", async () => {
    const communityId = await givenCommunity(ctx.api);
    const body = pledgeBody(communityId);
    await ctx.api.post(pledgesPath(communityId), body);
    const fulfilmentId = freshId("f");
    await ctx.api.post(`${pledgePath(body.pledgeId)}/fulfilments`, { fulfilmentId, evidence: "已清理" });
    const rejected = await ctx.api.post(
      `${pledgePath(body.pledgeId)}/fulfilments/${fulfilmentId}/rejection`,
      {
        reason: "没有照片",
      },
    );
    expect(rejected.status).toBe(200);
    const snapshot = await snapshotOf(ctx.testApi.store, pledgeStream(body.pledgeId));

    expectProblem(await ctx.api.post(`${pledgePath(body.pledgeId)}/strike-off`, {}), {
      status: 409,
      code: "fulfilment_missing",
    });
    await snapshot.expectUnchanged();
    expect((await ctx.api.get(pledgePath(body.pledgeId))).body).toMatchObject({
      status: "open",
      fulfilments: [{ fulfilmentId, status: "rejected", reason: "没有照片" }],
    });
  });

  it("given a struck-off or withdrawn pledge, then fulfilment and a second strike-off are refused", async () => {
    const communityId = await givenCommunity(ctx.api);
    const struck = pledgeBody(communityId);
    await ctx.api.post(pledgesPath(communityId), struck);
    await ctx.api.post(`${pledgePath(struck.pledgeId)}/fulfilments`, {
      fulfilmentId: "f1",
      evidence: "已完成",
    });
    await ctx.api.post(`${pledgePath(struck.pledgeId)}/strike-off`, {});
    expectProblem(await ctx.api.post(`${pledgePath(struck.pledgeId)}/strike-off`, {}), {
      status: 409,
      code: "pledge_struck_off",
    });
    expectProblem(
      await ctx.api.post(`${pledgePath(struck.pledgeId)}/fulfilments`, {
        fulfilmentId: "f2",
        evidence: "又完成",
      }),
      { status: 409, code: "pledge_struck_off" },
    );

    const withdrawn = pledgeBody(communityId, {
      pledger: { kind: "cadre", name: "王主任" },
      madeTo: "street",
    });
    await ctx.api.post(pledgesPath(communityId), withdrawn);
    expect(
      (await ctx.api.post(`${pledgePath(withdrawn.pledgeId)}/withdrawal`, { reason: "重复登记" })).status,
    ).toBe(200);
    expectProblem(
      await ctx.api.post(`${pledgePath(withdrawn.pledgeId)}/fulfilments`, {
        fulfilmentId: "f1",
        evidence: "x",
      }),
      { status: 409, code: "pledge_withdrawn" },
    );
  });

  it("given bad input, then 400 on the field at fault and nothing is written", async () => {
    const communityId = await givenCommunity(ctx.api);
    const early = pledgeBody(communityId, { madeOn: "2025-06-01", dueOn: "2025-05-31" });
    expectProblem(await ctx.api.post(pledgesPath(communityId), early), {
      status: 400,
      code: "due_before_made",
      field: "dueOn",
    });
    expect((await ctx.api.get(pledgePath(early.pledgeId))).status).toBe(404);
    expectProblem(await ctx.api.post(pledgesPath(communityId), pledgeBody(communityId, { category: "x" })), {
      status: 400,
      code: "invalid_request",
      field: "category",
    });
    const body = pledgeBody(communityId);
    await ctx.api.post(pledgesPath(communityId), body);
    expectProblem(await ctx.api.post(`${pledgePath(body.pledgeId)}/fulfilments`, { fulfilmentId: "f1" }), {
      status: 400,
      code: "invalid_request",
      field: "evidence",
    });
  });

  it("given a pledger who is not a party member of the community, then it is refused on pledger.personId", async () => {
    const communityId = await givenCommunity(ctx.api);
    const other = await givenCommunity(ctx.api);
    const elsewhere = await givenPerson(ctx.api, other);
    const volunteer = await givenPerson(ctx.api, communityId, volunteerBody());
    const asMember = (personId: string) => pledgeBody(communityId, { pledger: { kind: "member", personId } });

    expectProblem(await ctx.api.post(pledgesPath(communityId), asMember(freshId("ghost"))), {
      status: 404,
      code: "person_not_found",
      field: "pledger.personId",
    });
    expectProblem(await ctx.api.post(pledgesPath(communityId), asMember(elsewhere)), {
      status: 409,
      code: "person_in_other_community",
      field: "pledger.personId",
    });
    expectProblem(await ctx.api.post(pledgesPath(communityId), asMember(volunteer)), {
      status: 409,
      code: "not_party_member",
      field: "pledger.personId",
    });
    expectProblem(await ctx.api.post(pledgesPath("nowhere"), pledgeBody("nowhere")), {
      status: 404,
      code: "community_not_found",
    });
  });

  it("given a member, then they may not pledge for another, strike off their own, nor read another community's pledges", async () => {
    const communityId = await givenCommunity(ctx.api);
    const personId = await givenPerson(ctx.api, communityId);
    const neighbour = await givenPerson(ctx.api, communityId);
    const member = await ctx.testApi.clientWith([{ role: "member", personId }]);
    const forNeighbour = pledgeBody(communityId, { pledger: { kind: "member", personId: neighbour } });

    expectProblem(await member.post(pledgesPath(communityId), forNeighbour), {
      status: 403,
      code: "not_allowed",
    });
    expect((await ctx.api.get(pledgePath(forNeighbour.pledgeId))).status).toBe(404);

    const own = pledgeBody(communityId, { pledger: { kind: "member", personId } });
    await member.post(pledgesPath(communityId), own);
    await member.post(`${pledgePath(own.pledgeId)}/fulfilments`, { fulfilmentId: "f1", evidence: "已完成" });
    const snapshot = await snapshotOf(ctx.testApi.store, pledgeStream(own.pledgeId));
    expectProblem(await member.post(`${pledgePath(own.pledgeId)}/strike-off`, {}), {
      status: 403,
      code: "not_allowed",
    });
    await snapshot.expectUnchanged();

    const otherCommunity = await givenCommunity(ctx.api);
    const theirs = pledgeBody(otherCommunity);
    await ctx.api.post(pledgesPath(otherCommunity), theirs);
    expect((await member.get(pledgePath(own.pledgeId))).status).toBe(200);
    expectProblem(await member.get(pledgePath(theirs.pledgeId)), { status: 403, code: "not_allowed" });
  });

  it("given pledges kept and open, then the community's board lists them for its members and the street's rates count them for the street", async () => {
    const communityId = await givenCommunity(ctx.api);
    const kept = pledgeBody(communityId);
    const open = pledgeBody(communityId, { pledger: { kind: "cadre", name: "王主任" }, madeTo: "street" });
    await ctx.api.post(pledgesPath(communityId), kept);
    await ctx.api.post(pledgesPath(communityId), open);
    await ctx.api.post(`${pledgePath(kept.pledgeId)}/fulfilments`, {
      fulfilmentId: "f1",
      evidence: "已完成",
    });
    await ctx.api.post(`${pledgePath(kept.pledgeId)}/strike-off`, {});
    await ctx.testApi.projected();

    const personId = await givenPerson(ctx.api, communityId);
    const member = await ctx.testApi.clientWith([{ role: "member", personId }]);
    const board = await member.get(`/api/boards/pledges:${communityId}`);
    expect(board.status).toBe(200);
    const pledges = BoardSnapshot.parse(board.body).data as PledgesBoard;
    expect(pledges.pledges[kept.pledgeId]?.status).toBe("struck_off");
    expect(pledges.pledges[open.pledgeId]).toMatchObject({ status: "open", pledgerName: "王主任" });
    expect(pledges.years["2025"]?.total).toEqual({ made: 2, struckOff: 1 });

    const street = await ctx.api.get(`/api/boards/pledge-rates:${TEST_STREET}`);
    const rates = BoardSnapshot.parse(street.body).data as PledgeRatesBoard;
    expect(rates.years["2025"]?.byCommunity[communityId]).toEqual({ made: 2, struckOff: 1 });
    expectProblem(await member.get(`/api/boards/pledge-rates:${TEST_STREET}`), {
      status: 403,
      code: "not_allowed",
    });
  });
});
