import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "../testing/http.ts";
import { startTestApi, TEST_ADMIN, type TestApi } from "../testing/test-api.ts";
import { DEFAULT_THROTTLE_RULES, LoginThrottle } from "./login-throttle.ts";

/** The API with a login throttle on a clock the test moves, so waits are exact and nobody sleeps. */
describe("a locked account over HTTP", () => {
  let clock = 1_000_000;
  let testApi: TestApi;
  beforeAll(async () => {
    testApi = await startTestApi({ loginThrottle: new LoginThrottle(DEFAULT_THROTTLE_RULES, () => clock) });
  });
  afterAll(async () => {
    expect(testApi.loggedErrors).toEqual([]);
    await testApi.close();
  });

  const login = (password: string) =>
    client(testApi.url).post("/api/session", { username: TEST_ADMIN.username, password });

  it("given the free attempts spent on wrong passwords, then the right password is refused until the wait is over, and then works", async () => {
    for (let i = 0; i < DEFAULT_THROTTLE_RULES.freePerAccount + 1; i++)
      expect((await login("wrong-password")).status).toBe(401);

    const locked = await login(TEST_ADMIN.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("1");

    clock += 999;
    expect((await login(TEST_ADMIN.password)).status).toBe(429);
    clock += 1;
    expect((await login(TEST_ADMIN.password)).status).toBe(200);
  });
});
