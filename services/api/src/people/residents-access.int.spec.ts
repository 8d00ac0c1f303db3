import { residentStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit } from "../testing/fixtures.ts";
import type { ApiResponse, Client } from "../testing/http.ts";
import {
  approvalPath,
  expectAllRefused,
  givenApprovedResident,
  givenPerson,
  residentBody,
  residentPath,
  residentsPath,
  revokePath,
} from "../testing/people-steps.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("residents in need over HTTP: who may do what", () => {
  const ctx = useTestApi();

  /** Every resident route, as one client, against one approved resident and their community. */
  const everyRoute = (client: Client, communityId: string, residentId: string) => ({
    register: () => client.post(residentsPath(communityId), residentBody()),
    read: () => client.get(residentPath(residentId)),
    list: () => client.get(residentsPath(communityId)),
    approve: () => client.post(approvalPath(residentId), { approvedOn: "2025-06-02" }),
    revoke: () => client.post(revokePath(residentId), { revokedOn: "2025-06-02", reason: "搬走了" }),
  });

  const allRefused = (
    residentId: string,
    calls: Record<string, () => Promise<ApiResponse>>,
    expected: { status: number; code: string },
  ) => expectAllRefused(ctx.testApi.store, residentStream(residentId), calls, expected);

  it("given no session, when any resident route is called, then 401 login_required and nothing is written", async () => {
    const communityId = await givenCommunity(ctx.api);
    const residentId = await givenApprovedResident(ctx.api, communityId);

    await allRefused(residentId, everyRoute(ctx.anonymous, communityId, residentId), {
      status: 401,
      code: "login_required",
    });
  });

  it("given a liaison, a member, or staff of another community, when any resident route is called, then 403 and nothing is written", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const residentId = await givenApprovedResident(ctx.api, communityId);
    const personId = await givenPerson(ctx.api, communityId);
    const outsiders = [
      await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]),
      await ctx.testApi.clientWith([{ role: "member", personId }]),
      await ctx.testApi.clientWith([{ role: "community_staff", communityId: await givenCommunity(ctx.api) }]),
    ];

    for (const outsider of outsiders) {
      await allRefused(residentId, everyRoute(outsider, communityId, residentId), {
        status: 403,
        code: "not_allowed",
      });
    }
  });

  it("given a keeper, when they register, approve or revoke, then 403 and nothing is written", async () => {
    const communityId = await givenCommunity(ctx.api);
    const residentId = await givenApprovedResident(ctx.api, communityId);
    const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);
    const { register, approve, revoke } = everyRoute(keeper, communityId, residentId);

    await allRefused(residentId, { register, approve, revoke }, { status: 403, code: "not_allowed" });
  });

  it("given the community's staff, when they register, read, list and revoke, then each succeeds", async () => {
    const communityId = await givenCommunity(ctx.api);
    const residentId = await givenApprovedResident(ctx.api, communityId);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const routes = everyRoute(staff, communityId, residentId);

    expect((await routes.register()).status).toBe(201);
    expect((await routes.read()).body).toMatchObject({ address: "光明路12号3单元" });
    expect((await routes.list()).status).toBe(200);
    expect((await routes.revoke()).status).toBe(200);
  });
});
