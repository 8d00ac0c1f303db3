import { accountStream, communityStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { communityBody, givenCommunity, givenUnit } from "../testing/fixtures.ts";
import { bodyField, client, expectProblem, request, snapshotOf } from "../testing/http.ts";
import { freshId, TEST_ADMIN } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const PASSWORD = "a-long-password-1";

describe("login, sessions and accounts over HTTP", () => {
  const ctx = useTestApi();

  /** Given an account created by the street admin with these roles. */
  const givenAccount = async (grants: unknown[]) => {
    const username = freshId("user").slice(0, 30).toLowerCase();
    const response = await ctx.api.post("/api/accounts", {
      username,
      displayName: "测试",
      password: PASSWORD,
      grants,
    });
    expect(response.status).toBe(201);
    return username;
  };

  describe("login", () => {
    it("given the right password, then a session starts: an httpOnly cookie and a bearer token both work", async () => {
      const response = await ctx.anonymous.post("/api/session", {
        username: TEST_ADMIN.username,
        password: TEST_ADMIN.password,
      });

      expect(response.status).toBe(200);
      const cookie = response.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^cobuild_session=[\w-]+;/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const byCookie = await request(ctx.testApi.url, "GET", "/api/session", {
        headers: { cookie: cookie.split(";")[0] ?? "" },
      });
      expect(byCookie.body).toMatchObject({ username: TEST_ADMIN.username });
      const token = (response.body as { token: string }).token;
      const byBearer = await client(ctx.testApi.url, token).get("/api/session");
      expect(byBearer.body).toMatchObject({
        username: TEST_ADMIN.username,
        grants: [{ role: "street_admin", streetId: "test-street" }],
      });
    });

    it("given a wrong password or an unknown name, then the same 401 invalid_credentials", async () => {
      const wrong = await ctx.anonymous.post("/api/session", {
        username: TEST_ADMIN.username,
        password: "nope-nope",
      });
      const unknown = await ctx.anonymous.post("/api/session", {
        username: "nobody-here",
        password: "nope-nope",
      });

      expectProblem(wrong, { status: 401, code: "invalid_credentials" });
      expectProblem(unknown, { status: 401, code: "invalid_credentials" });
      expect(wrong.body).toEqual({ ...(unknown.body as object), instance: "/api/session" });
    });

    it("given a logged-out session, then its token no longer works", async () => {
      const session = await ctx.testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
      expect((await session.delete("/api/session")).status).toBe(204);

      expectProblem(await session.get("/api/session"), { status: 401, code: "login_required" });
    });

    it("given no session, then a command is 401 login_required and nothing is written", async () => {
      const body = communityBody();
      const snapshot = await snapshotOf(ctx.testApi.store, communityStream(body.communityId));

      expectProblem(await ctx.anonymous.post("/api/communities", body), {
        status: 401,
        code: "login_required",
      });
      await snapshot.expectUnchanged();
    });

    it("given a made-up token, then the request is treated as not logged in", async () => {
      const forged = client(ctx.testApi.url, "x".repeat(43));
      expectProblem(await forged.get("/api/session"), { status: 401, code: "login_required" });
    });
  });

  describe("passwords", () => {
    it("given an account, then its password appears nowhere in the log, only a salted scrypt hash", async () => {
      const communityId = await givenCommunity(ctx.api);
      const username = await givenAccount([{ role: "community_staff", communityId }]);

      const [created] = await ctx.testApi.store.readStream(accountStream(username));
      expect(JSON.stringify(created)).not.toContain(PASSWORD);
      expect(created?.data).toMatchObject({ passwordHash: expect.stringMatching(/^scrypt\$32768\$8\$1\$/) });
    });

    it("given a changed password, then the new one logs in and the old one does not", async () => {
      const communityId = await givenCommunity(ctx.api);
      const username = await givenAccount([{ role: "community_staff", communityId }]);
      const session = await ctx.testApi.login(username, PASSWORD);

      const wrong = await session.put("/api/session/password", {
        currentPassword: "guess-1234",
        newPassword: "another-long-1",
      });
      expectProblem(wrong, { status: 401, code: "invalid_credentials" });
      const changed = await session.put("/api/session/password", {
        currentPassword: PASSWORD,
        newPassword: "another-long-1",
      });
      expect(changed.status).toBe(200);

      await expect(ctx.testApi.login(username, PASSWORD)).rejects.toThrow(/401/);
      await expect(ctx.testApi.login(username, "another-long-1")).resolves.toBeDefined();
      const events = await ctx.testApi.store.readStream(accountStream(username));
      expect(events.at(-1)?.meta.actor).toBe(username);
    });

    it("given a too-short password, then 400 naming the field", async () => {
      const communityId = await givenCommunity(ctx.api);
      const response = await ctx.api.post("/api/accounts", {
        username: "short-pass",
        displayName: "x",
        password: "short",
        grants: [{ role: "community_staff", communityId }],
      });
      expectProblem(response, { status: 400, code: "invalid_request", field: "password" });
    });
  });

  describe("who may hand out which role", () => {
    it("given community staff, then they may create a liaison for a unit of their community, recorded as their act", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
      const username = freshId("liaison").slice(0, 30).toLowerCase();

      const response = await staff.post("/api/accounts", {
        username,
        displayName: "联络员",
        password: PASSWORD,
        grants: [{ role: "unit_liaison", unitId }],
      });

      expect(response.status).toBe(201);
      const [created] = await ctx.testApi.store.readStream(accountStream(username));
      expect(created?.data).toMatchObject({
        grants: [{ role: "unit_liaison", unitId, communityId, streetId: "test-street" }],
      });
      expect(created?.meta.actor).toMatch(/^u-/);
    });

    it("given community staff, then a role in another community or a street-wide role is 403 and nothing is written", async () => {
      const mine = await givenCommunity(ctx.api);
      const other = await givenUnit(ctx.api);
      const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId: mine }]);
      const head = await ctx.testApi.store.headPosition();

      for (const grant of [
        { role: "unit_liaison", unitId: other.unitId },
        { role: "street_admin", streetId: "test-street" },
        { role: "community_staff", communityId: mine },
      ]) {
        const response = await staff.post("/api/accounts", {
          username: freshId("x").slice(0, 30).toLowerCase(),
          displayName: "x",
          password: PASSWORD,
          grants: [grant],
        });
        expectProblem(response, { status: 403, code: "grant_not_allowed" });
      }
      expect(await ctx.testApi.store.headPosition()).toBe(head);
    });

    it("given a password reset by staff, then its holder may do nothing but choose a new one, log out or ask who they are", async () => {
      const { unitId } = await givenUnit(ctx.api);
      const username = await givenAccount([{ role: "unit_liaison", unitId }]);
      expect(
        (await ctx.api.put(`/api/accounts/${username}/password`, { newPassword: "reset-by-staff-1" })).status,
      ).toBe(200);

      const login = await client(ctx.testApi.url).post("/api/session", {
        username,
        password: "reset-by-staff-1",
      });
      expect(login.body).toMatchObject({ username, mustChangePassword: true });
      const liaison = client(ctx.testApi.url, String(bodyField(login, "token")));
      expectProblem(await liaison.get(`/api/units/${unitId}`), {
        status: 403,
        code: "password_change_required",
      });
      expect((await liaison.get("/api/session")).body).toMatchObject({ mustChangePassword: true });

      const chosen = await liaison.put("/api/session/password", {
        currentPassword: "reset-by-staff-1",
        newPassword: "chosen-by-me-1",
      });
      expect(chosen.status).toBe(200);
      expect((await liaison.get(`/api/units/${unitId}`)).status).toBe(200);
      expect((await liaison.get("/api/session")).body).toMatchObject({ mustChangePassword: false });
    });

    it("given a revoked role, then the very next request is refused", async () => {
      const { unitId } = await givenUnit(ctx.api);
      const username = await givenAccount([{ role: "unit_liaison", unitId }]);
      const liaison = await ctx.testApi.login(username, PASSWORD);
      expect((await liaison.get(`/api/units/${unitId}`)).status).toBe(200);

      const revoked = await ctx.api.post(`/api/accounts/${username}/grants/revoke`, {
        grant: { role: "unit_liaison", unitId },
      });
      expect(revoked.status).toBe(200);

      expectProblem(await liaison.get(`/api/units/${unitId}`), { status: 403, code: "not_allowed" });
    });

    it("given an account that also acts in another community, or a fellow staff member, then staff may not reset its password; the street admin may", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const elsewhere = await givenCommunity(ctx.api);
      const twoPlaces = await givenAccount([
        { role: "unit_liaison", unitId },
        { role: "community_staff", communityId: elsewhere },
      ]);
      const colleague = await givenAccount([{ role: "community_staff", communityId }]);
      const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);

      // Accounts staff do not administer are not theirs to see: the answer is the one for a missing name.
      for (const username of [twoPlaces, colleague]) {
        expectProblem(
          await staff.put(`/api/accounts/${username}/password`, { newPassword: "taken-over-1" }),
          {
            status: 404,
            code: "account_not_found",
          },
        );
        expectProblem(await staff.get(`/api/accounts/${username}`), {
          status: 404,
          code: "account_not_found",
        });
      }
      expect(
        (await ctx.api.put(`/api/accounts/${twoPlaces}/password`, { newPassword: "reset-by-admin-1" }))
          .status,
      ).toBe(200);
    });

    it("given a password reset, then every session of the account ends; a self change keeps only the session that made it", async () => {
      const communityId = await givenCommunity(ctx.api);
      const username = await givenAccount([{ role: "community_staff", communityId }]);
      const phone = await ctx.testApi.login(username, PASSWORD);
      const laptop = await ctx.testApi.login(username, PASSWORD);

      expect(
        (
          await phone.put("/api/session/password", {
            currentPassword: PASSWORD,
            newPassword: "changed-once-1",
          })
        ).status,
      ).toBe(200);
      expect((await phone.get("/api/session")).status).toBe(200);
      expectProblem(await laptop.get("/api/session"), { status: 401, code: "login_required" });

      expect(
        (await ctx.api.put(`/api/accounts/${username}/password`, { newPassword: "reset-by-admin-1" })).status,
      ).toBe(200);
      expectProblem(await phone.get("/api/session"), { status: 401, code: "login_required" });
    });

    it("given a role for a unit that does not exist, then 404 naming the grant's field", async () => {
      const response = await ctx.api.post("/api/accounts", {
        username: freshId("x").slice(0, 30).toLowerCase(),
        displayName: "x",
        password: PASSWORD,
        grants: [{ role: "unit_liaison", unitId: freshId("ghost") }],
      });
      expectProblem(response, { status: 404, code: "unit_not_found", field: "grant.unitId" });
    });

    it("given an account, then others' staff cannot read it but its holder can", async () => {
      const communityId = await givenCommunity(ctx.api);
      const username = await givenAccount([{ role: "community_staff", communityId }]);
      const self = await ctx.testApi.login(username, PASSWORD);
      const outsider = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: await givenCommunity(ctx.api) },
      ]);

      expect((await self.get(`/api/accounts/${username}`)).body).not.toHaveProperty("passwordHash");
      // The same answer as for a name nobody holds, so nobody learns which usernames exist.
      const missing = "nobody-holds-this";
      const answers = [];
      for (const name of [username, missing]) {
        for (const response of [
          await outsider.get(`/api/accounts/${name}`),
          await outsider.post(`/api/accounts/${name}/grants`, {
            grant: { role: "unit_liaison", unitId: "u" },
          }),
          await outsider.put(`/api/accounts/${name}/password`, { newPassword: "taken-over-1" }),
        ]) {
          const problem = expectProblem(response, { status: 404, code: "account_not_found" });
          answers.push({ ...problem, detail: problem.detail.replace(name, "<name>"), instance: undefined });
        }
      }
      expect(answers.slice(0, 3)).toEqual(answers.slice(3));
    });
  });
});
