import { afterAll, beforeAll, expect } from "vitest";
import { type Client, client } from "./http.ts";
import { startTestApi, TEST_ADMIN, type TestApi } from "./test-api.ts";

export interface TestApiContext {
  readonly testApi: TestApi;
  /** Logged in as the test street's administrator, who may do everything in it. */
  readonly api: Client;
  /** No session at all. */
  readonly anonymous: Client;
}

/**
 * Starts one real API for the enclosing describe block and stops it afterwards, asserting that nothing
 * unexpected was logged as a server error on the way.
 */
export function useTestApi(): TestApiContext {
  let running: { testApi: TestApi; api: Client; anonymous: Client } | undefined;
  beforeAll(async () => {
    const testApi = await startTestApi();
    const api = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
    running = { testApi, api, anonymous: client(testApi.url) };
  });
  afterAll(async () => {
    if (!running) return;
    expect(running.testApi.loggedErrors).toEqual([]);
    await running.testApi.close();
  });
  const current = () => {
    if (!running) throw new Error("useTestApi: the API is only available inside tests");
    return running;
  };
  return {
    get testApi() {
      return current().testApi;
    },
    get api() {
      return current().api;
    },
    get anonymous() {
      return current().anonymous;
    },
  };
}
