import type { AccountsBoard } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import type { Client } from "../testing/http.ts";
import { freshId, TEST_ADMIN } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("who holds which role: the accounts boards over HTTP", () => {
  const ctx = useTestApi();

  const accountsOf = async (reader: Client, key: string) => {
    await ctx.testApi.projected();
    const response = await reader.get(`/api/boards/accounts:${key}`);
    return { status: response.status, accounts: (response.body as { data?: AccountsBoard }).data?.accounts };
  };

  /** A community with a unit, its staff member, and a liaison account the staff member created. */
  const givenLiaison = async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
    const username = freshId("liaison").slice(0, 30).toLowerCase();
    const created = await staff.post("/api/accounts", {
      username,
      displayName: "李联络员",
      password: "a-long-password-1",
      grants: [{ role: "unit_liaison", unitId }],
    });
    expect(created.status).toBe(201);
    return { communityId, unitId, staff, username };
  };

  it("given an account created by staff, then the community's board lists it with its role and never its password", async () => {
    const { communityId, unitId, staff, username } = await givenLiaison();

    const { status, accounts } = await accountsOf(staff, communityId);

    expect(status).toBe(200);
    expect(accounts?.[username]).toMatchObject({
      displayName: "李联络员",
      grants: [{ role: "unit_liaison", unitId, communityId }],
      mustChangePassword: false,
    });
    expect(JSON.stringify(accounts)).not.toMatch(/scrypt|password-1/);
  });

  it("given a reset and then a revoked role, then the board shows the reset pending and then drops the account", async () => {
    const { communityId, unitId, staff, username } = await givenLiaison();

    expect(
      (await staff.put(`/api/accounts/${username}/password`, { newPassword: "reset-by-staff-1" })).status,
    ).toBe(200);
    expect((await accountsOf(staff, communityId)).accounts?.[username]?.mustChangePassword).toBe(true);

    const revoke = { grant: { role: "unit_liaison", unitId } };
    expect((await staff.post(`/api/accounts/${username}/grants/revoke`, revoke)).status).toBe(200);
    expect((await accountsOf(staff, communityId)).accounts).not.toHaveProperty(username);
  });

  it("given the liaison, staff of another community, or anyone logged out, then the board is refused", async () => {
    const { communityId, username } = await givenLiaison();
    const liaison = await ctx.testApi.login(username, "a-long-password-1");
    const other = await givenUnit(ctx.api);
    const outsider = await ctx.testApi.clientWith([
      { role: "community_staff", communityId: other.communityId },
    ]);

    expect((await accountsOf(liaison, communityId)).status).toBe(403);
    expect((await accountsOf(outsider, communityId)).status).toBe(403);
    expect((await accountsOf(ctx.anonymous, communityId)).status).toBe(401);
  });

  it("given the street's board, then its admin sees the street-wide roles and community staff may not", async () => {
    const { staff } = await givenLiaison();

    const admin = await accountsOf(ctx.api, "street.test-street");

    expect(admin.status).toBe(200);
    expect(admin.accounts?.[TEST_ADMIN.username]?.grants).toEqual([
      { role: "street_admin", streetId: "test-street" },
    ]);
    expect((await accountsOf(staff, "street.test-street")).status).toBe(403);
  });
});
