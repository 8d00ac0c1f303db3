import { personStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit } from "../testing/fixtures.ts";
import type { ApiResponse, Client } from "../testing/http.ts";
import {
  evaluationsPath,
  expectAllRefused,
  givenPerson,
  memberBody,
  peoplePath,
  personPath,
  reportInPath,
} from "../testing/people-steps.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("people over HTTP: who may do what", () => {
  const ctx = useTestApi();

  /** A community with a unit and one in-service member working for it, not yet reported in. */
  const givenMember = async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const personId = await givenPerson(
      ctx.api,
      communityId,
      memberBody(undefined, { employerUnitId: unitId }),
    );
    return { communityId, unitId, personId };
  };

  /** Every people route, as one client, against one member and their community. */
  const everyRoute = (
    client: Client,
    { communityId, personId }: { communityId: string; personId: string },
  ) => ({
    register: () => client.post(peoplePath(communityId), memberBody()),
    read: () => client.get(personPath(personId)),
    list: () => client.get(peoplePath(communityId)),
    reportIn: () => client.post(reportInPath(personId), { reportedOn: "2025-06-10" }),
    evaluate: () => client.post(evaluationsPath(personId), { year: 2024, grade: "good" }),
  });

  const allRefused = (
    personId: string,
    calls: Record<string, () => Promise<ApiResponse>>,
    expected: { status: number; code: string },
  ) => expectAllRefused(ctx.testApi.store, personStream(personId), calls, expected);

  it("given no session, when any people route is called, then 401 login_required and nothing is written", async () => {
    const ids = await givenMember();

    await allRefused(ids.personId, everyRoute(ctx.anonymous, ids), {
      status: 401,
      code: "login_required",
    });
  });

  it("given the liaison of the member's own employer, when any people route is called, then 403 and nothing is written", async () => {
    const ids = await givenMember();
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId: ids.unitId }]);

    await allRefused(ids.personId, everyRoute(liaison, ids), { status: 403, code: "not_allowed" });
  });

  it("given staff of another community, when any people route is called, then 403 and nothing is written", async () => {
    const ids = await givenMember();
    const otherCommunityId = await givenCommunity(ctx.api);
    const outsider = await ctx.testApi.clientWith([
      { role: "community_staff", communityId: otherCommunityId },
    ]);

    await allRefused(ids.personId, everyRoute(outsider, ids), { status: 403, code: "not_allowed" });
  });

  it("given the community's staff, when they register, list, evaluate and record a member's reporting in, then each succeeds", async () => {
    const ids = await givenMember();
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId: ids.communityId }]);
    const routes = everyRoute(staff, ids);

    expect((await routes.register()).status).toBe(201);
    expect((await routes.read()).status).toBe(200);
    expect((await routes.list()).status).toBe(200);
    expect((await routes.reportIn()).status).toBe(200);
    expect((await routes.evaluate()).status).toBe(201);
  });

  it("given a member, when they report in for themself and read themself, then both succeed", async () => {
    const ids = await givenMember();
    const member = await ctx.testApi.clientWith([{ role: "member", personId: ids.personId }]);

    const reported = await member.post(reportInPath(ids.personId), { reportedOn: "2025-06-10" });
    const read = await member.get(personPath(ids.personId));

    expect(reported.status).toBe(200);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ personId: ids.personId, reportedOn: "2025-06-10" });
  });

  it("given a member, when they report in for, or read, another person of their community, then 403 and nothing is written", async () => {
    const ids = await givenMember();
    const otherId = await givenPerson(ctx.api, ids.communityId, memberBody(undefined, { name: "刘洋" }));
    const member = await ctx.testApi.clientWith([{ role: "member", personId: ids.personId }]);

    await allRefused(
      otherId,
      {
        reportIn: () => member.post(reportInPath(otherId), { reportedOn: "2025-06-10" }),
        read: () => member.get(personPath(otherId)),
      },
      { status: 403, code: "not_allowed" },
    );
  });

  it("given a member, when they list the community's people, evaluate themself or register someone, then 403 and nothing is written", async () => {
    const ids = await givenMember();
    const member = await ctx.testApi.clientWith([{ role: "member", personId: ids.personId }]);
    const { list, evaluate, register } = everyRoute(member, ids);

    await allRefused(ids.personId, { list, evaluate, register }, { status: 403, code: "not_allowed" });
  });
});
