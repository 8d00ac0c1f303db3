import { afterAll, beforeAll, expect } from "vitest";
import { type Client, client } from "./http.ts";
import { startTestApi, type TestApi } from "./test-api.ts";

export interface TestApiContext {
  readonly testApi: TestApi;
  readonly api: Client;
}

/**
 * Starts one real API for the enclosing describe block and stops it afterwards, asserting that nothing
 * unexpected was logged as a server error on the way.
 */
export function useTestApi(): TestApiContext {
  let running: { testApi: TestApi; api: Client } | undefined;
  beforeAll(async () => {
    const testApi = await startTestApi();
    running = { testApi, api: client(testApi.url) };
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
  };
}
