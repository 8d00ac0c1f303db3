import { evaluationStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const scores = (unitId: string, year = 2025) => `/api/units/${unitId}/evaluations/${year}/scores`;
const conclusion = (unitId: string, year = 2025) => `/api/units/${unitId}/evaluations/${year}/conclusion`;

describe("yearly evaluation of units (评议) over HTTP", () => {
  const ctx = useTestApi();

  it("given the three scores, when concluded by the street, then the mean and the grade are the unit's result", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);

    expect((await ctx.api.post(scores(unitId), { evaluator: "street", score: 92 })).status).toBe(200);
    expect(
      (await staff.post(scores(unitId), { evaluator: "community", score: 88, comment: "积极参与" })).status,
    ).toBe(200);
    expect((await staff.post(scores(unitId), { evaluator: "residents", score: 95 })).status).toBe(200);
    expect((await ctx.api.post(conclusion(unitId), {})).status).toBe(200);

    const read = await staff.get(`/api/units/${unitId}/evaluations/2025`);
    expect(read.body).toMatchObject({ status: "concluded", total: 91.7, result: "excellent", missing: [] });
  });

  it("given a missing score, when concluded, then 409 evaluation_incomplete and nothing is written", async () => {
    const { unitId } = await givenUnit(ctx.api);
    await ctx.api.post(scores(unitId), { evaluator: "street", score: 70 });
    const snapshot = await snapshotOf(ctx.testApi.store, evaluationStream(unitId, 2025));

    expectProblem(await ctx.api.post(conclusion(unitId), {}), { status: 409, code: "evaluation_incomplete" });
    await snapshot.expectUnchanged();
    expect((await ctx.api.get(`/api/units/${unitId}/evaluations/2025`)).body).toMatchObject({
      status: "open",
      missing: ["community", "residents"],
    });
  });

  it("given a score already given by an evaluator, when given again, then 409 evaluator_already_scored on evaluator", async () => {
    const { unitId } = await givenUnit(ctx.api);
    await ctx.api.post(scores(unitId), { evaluator: "residents", score: 80 });
    expectProblem(await ctx.api.post(scores(unitId), { evaluator: "residents", score: 81 }), {
      status: 409,
      code: "evaluator_already_scored",
      field: "evaluator",
    });
  });

  it("given a score out of range or a future year, then 400 on the field at fault", async () => {
    const { unitId } = await givenUnit(ctx.api);
    expectProblem(await ctx.api.post(scores(unitId), { evaluator: "street", score: 101 }), {
      status: 400,
      code: "invalid_request",
      field: "score",
    });
    expectProblem(await ctx.api.post(scores(unitId, 2030), { evaluator: "street", score: 80 }), {
      status: 400,
      code: "year_in_future",
      field: "year",
    });
  });

  it("given an unknown unit, then 404 unit_not_found", async () => {
    expectProblem(await ctx.api.post(scores(freshId("ghost")), { evaluator: "street", score: 80 }), {
      status: 404,
      code: "unit_not_found",
      field: "unitId",
    });
  });

  it("given community staff, then they may not give the street's score nor conclude; a liaison may read only their own unit's", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const other = await givenUnit(ctx.api);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    expectProblem(await staff.post(scores(unitId), { evaluator: "street", score: 90 }), {
      status: 403,
      code: "not_allowed",
    });
    expectProblem(await staff.post(conclusion(unitId), {}), { status: 403, code: "not_allowed" });
    expectProblem(await liaison.post(scores(unitId), { evaluator: "residents", score: 100 }), {
      status: 403,
      code: "not_allowed",
    });
    expect((await liaison.get(`/api/units/${unitId}/evaluations/2025`)).status).toBe(200);
    expectProblem(await liaison.get(`/api/units/${other.unitId}/evaluations/2025`), {
      status: 403,
      code: "not_allowed",
    });
  });
});
