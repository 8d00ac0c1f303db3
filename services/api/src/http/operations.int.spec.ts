import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communityBody } from "../testing/fixtures.ts";
import { startTestApi, TEST_ADMIN, type TestApi } from "../testing/test-api.ts";

/** What an operator reads: request ids to follow one request through the logs, and Prometheus metrics. */
describe("request ids and metrics", () => {
  let testApi: TestApi;
  beforeAll(async () => {
    testApi = await startTestApi();
  });
  afterAll(async () => {
    expect(testApi.loggedErrors).toEqual([]);
    await testApi.close();
  });

  it("given a request, then the answer names its id: the caller's when it looks like one, else a new one", async () => {
    const fresh = await fetch(`${testApi.url}/api/session`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${testApi.url}/api/session`, { headers: { "x-request-id": "nginx-42.a" } });
    expect(given.headers.get("x-request-id")).toBe("nginx-42.a");
    const hostile = await fetch(`${testApi.url}/api/session`, {
      headers: { "x-request-id": "<script>x</script>" },
    });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("given commands and requests, then /metrics counts them by command, outcome and route pattern", async () => {
    const read = async () => (await (await fetch(`${testApi.url}/metrics`)).text()).split("\n");
    const value = (lines: string[], prefix: string) =>
      Number(
        lines
          .find((line) => line.startsWith(prefix))
          ?.split(" ")
          .at(-1) ?? 0,
      );
    const accepted = 'cobuild_commands_total{command="RegisterCommunity",outcome="accepted"}';
    const refused = 'cobuild_commands_total{command="RegisterCommunity",outcome="refused"}';
    const route = 'cobuild_http_requests_total{method="POST",route="/api/communities",status="201"}';
    const before = await read();

    const admin = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const body = communityBody();
    expect((await admin.post("/api/communities", body)).status).toBe(201);
    expect((await admin.post("/api/communities", body)).status).toBe(409);

    const after = await read();
    expect(value(after, accepted) - value(before, accepted)).toBe(1);
    expect(value(after, refused) - value(before, refused)).toBe(1);
    expect(value(after, route) - value(before, route)).toBe(1);
    expect(value(after, "cobuild_events_appended_total")).toBeGreaterThan(
      value(before, "cobuild_events_appended_total"),
    );
    // Routes are counted by pattern, never by the ids in a path.
    expect(after.some((line) => /route="\/api\/communities\/[^:]/.test(line))).toBe(false);
    expect(after.some((line) => line.startsWith("cobuild_process_resident_memory_bytes"))).toBe(true);
  });

  it("given a scrape relayed by the public proxy, then /metrics is not there", async () => {
    const relayed = await fetch(`${testApi.url}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(relayed.status).toBe(404);
  });
});
