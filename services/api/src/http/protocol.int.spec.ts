import { communityStream } from "@cobuild/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  communityBody,
  contributionBody,
  contributionsPath,
  givenSignedAgreement,
  unitBody,
} from "../testing/fixtures.ts";
import { type Client, expectProblem, request } from "../testing/http.ts";
import { freshId, startTestApi, TEST_ADMIN, type TestApi } from "../testing/test-api.ts";

describe("the HTTP protocol: problem details, malformed input, routes and headers", () => {
  let testApi: TestApi;
  let api: Client;
  beforeAll(async () => {
    testApi = await startTestApi();
    api = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
  });
  afterAll(async () => {
    // None of these refusals may be mistaken for a server fault.
    expect(testApi.loggedErrors).toEqual([]);
    await testApi.close();
  });

  describe("RFC 7807 problem details", () => {
    it("given a domain refusal, when it is answered, then the problem names its type, title, status, detail, code and instance", async () => {
      const path = `/api/communities/${freshId("nowhere")}`;

      const response = await api.get(path);

      const problem = expectProblem(response, { status: 404, code: "community_not_found" });
      expect(problem).toEqual({
        type: "urn:cobuild:problem:community_not_found",
        title: "community not found",
        status: 404,
        detail: expect.stringContaining("No community"),
        code: "community_not_found",
        instance: path,
      });
    });

    it("given an invalid body, when it is answered, then every field at fault is listed with a message and a code", async () => {
      const response = await api.post("/api/communities", { communityId: "", name: " ", streetId: 7 });

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.type).toBe("urn:cobuild:problem:invalid_request");
      expect(problem.instance).toBe("/api/communities");
      expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
        ["communityId", "required"],
        ["communityId", "invalid_format"],
        ["streetId", "invalid_type"],
        ["name", "required"],
      ]);
    });
  });

  describe("malformed bodies", () => {
    it.each([
      ["truncated JSON", '{"communityId":'],
      ["a trailing comma", '{"communityId":"x",}'],
      ["a bare literal", "null"],
      ["plain text", "hello"],
    ])("given %s, when it is posted, then 400 malformed_json and never a 500", async (_, raw) => {
      const head = await testApi.store.headPosition();

      const response = await api.postRaw("/api/communities", raw);

      const problem = expectProblem(response, { status: 400, code: "malformed_json" });
      expect(problem.instance).toBe("/api/communities");
      expect(await testApi.store.headPosition()).toBe(head);
    });

    it("given a JSON body sent as text/plain, when it is posted, then 415 and nothing is written", async () => {
      const head = await testApi.store.headPosition();

      const response = await api.postRaw("/api/communities", JSON.stringify(communityBody()), {
        "content-type": "text/plain",
      });

      expectProblem(response, { status: 415, code: "unsupported_media_type" });
      expect(await testApi.store.headPosition()).toBe(head);
    });

    it("given a body that claims gzip but is not, when it is posted, then a 4xx and never a 500", async () => {
      const response = await api.postRaw("/api/communities", "xx", { "content-encoding": "gzip" });

      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    it("given an array where a contribution object belongs, when it is posted, then 400 on the body as a whole", async () => {
      const { agreementId } = await givenSignedAgreement(api);

      const response = await api.postRaw(contributionsPath(agreementId), "[1,2]");

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "" });
      expect(problem.errors?.[0]?.code).toBe("invalid_type");
    });

    it("given a misspelt field, when a contribution is posted, then 400 unrecognized_keys instead of a silent default", async () => {
      const { agreementId } = await givenSignedAgreement(api);
      const { participants: _, ...rest } = contributionBody();

      const response = await api.post(contributionsPath(agreementId), { ...rest, participant: 12 });

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "" });
      expect(problem.errors?.[0]?.code).toBe("unrecognized_keys");
    });

    it("given malformed JSON on a nested route, when it is posted, then 400 malformed_json", async () => {
      const { agreementId } = await givenSignedAgreement(api);

      const response = await api.postRaw(contributionsPath(agreementId), '{"quantity": 1');

      expectProblem(response, { status: 400, code: "malformed_json" });
    });

    it.each(["/api/units/%E0%A4%A", "/api/units/%"])(
      "given a broken percent-encoding in %s, when it is requested, then 400 malformed_uri and never a 500",
      async (path) => {
        const response = await api.get(path);

        expectProblem(response, { status: 400, code: "malformed_uri" });
      },
    );

    it("given a JSON array, when it is posted as a community, then 400 on the body as a whole", async () => {
      const response = await api.postRaw("/api/communities", "[]");

      expectProblem(response, { status: 400, code: "invalid_request", field: "" });
    });

    it("given a body over the size limit, when it is posted, then 413 payload_too_large", async () => {
      const response = await api.post(
        "/api/communities",
        communityBody(undefined, { name: "长".repeat(100_000) }),
      );

      expectProblem(response, { status: 413, code: "payload_too_large" });
    });

    it("given a charset other than UTF-8, when it is posted, then 415 unsupported_encoding", async () => {
      const response = await api.postRaw("/api/communities", JSON.stringify(communityBody()), {
        "content-type": "application/json; charset=latin1",
      });

      expectProblem(response, { status: 415, code: "unsupported_encoding" });
    });
  });

  describe("routes and path parameters", () => {
    it.each([
      ["GET", "/api/nothing-here"],
      ["POST", "/api/communities/x/nowhere"],
      ["DELETE", "/api/communities/x"],
    ] as const)(
      "given no such route, when %s %s is requested, then 404 route_not_found",
      async (method, path) => {
        const response = await request(testApi.url, method, path);

        const problem = expectProblem(response, { status: 404, code: "route_not_found" });
        expect(problem.instance).toBe(path);
      },
    );

    it.each([
      ["a space", "/api/units/has%20space", "unitId"],
      ["Chinese characters", "/api/agreements/%E5%8D%8F%E8%AE%AE", "agreementId"],
      ["a dot", "/api/communities/gm.1", "communityId"],
      ["65 characters", `/api/units/${"a".repeat(65)}`, "unitId"],
      ["an upper-case board kind", "/api/boards/Community:gm", "boardId"],
      ["a board id without a kind", "/api/boards/just-an-id", "boardId"],
    ])("given an id with %s, when it is read, then 400 naming the path parameter", async (_, path, field) => {
      const response = await api.get(path);

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field });
      expect(problem.errors?.[0]?.code).toMatch(/^(invalid_format|too_big)$/);
    });

    it("given a community id with a space in the path, when a unit is registered, then 400 on communityId and nothing is written", async () => {
      const head = await testApi.store.headPosition();

      const response = await api.post("/api/communities/has%20space/units", unitBody());

      expectProblem(response, { status: 400, code: "invalid_request", field: "communityId" });
      expect(await testApi.store.headPosition()).toBe(head);
    });

    it("given an agreement id in Chinese, when a contribution is posted, then 400 on agreementId", async () => {
      const response = await api.post(contributionsPath("%E5%8D%8F%E8%AE%AE"), contributionBody());

      expectProblem(response, { status: 400, code: "invalid_request", field: "agreementId" });
    });
  });

  describe("request headers", () => {
    it.each([
      ["if-match", "3"],
      ["if-match", '"three"'],
      ["idempotency-key", "k".repeat(201)],
      ["x-request-id", "r".repeat(101)],
    ])(
      "given a malformed %s header, when a command is posted, then 400 naming the header and nothing is written",
      async (header, value) => {
        const head = await testApi.store.headPosition();

        const response = await api.post("/api/communities", communityBody(), { [header]: value });

        expectProblem(response, { status: 400, code: "invalid_request", field: header });
        expect(await testApi.store.headPosition()).toBe(head);
      },
    );

    it("given a request id, when a command is posted, then the stored event carries it as its correlation id, and the logged-in account as its actor", async () => {
      const body = communityBody();
      const requestId = freshId("req");

      const response = await api.post("/api/communities", body, { "x-request-id": requestId });

      expect(response.status).toBe(201);
      const [event] = await testApi.store.readStream(communityStream(body.communityId));
      expect(event?.meta).toMatchObject({ correlationId: requestId, actor: TEST_ADMIN.username });
    });
  });
});
