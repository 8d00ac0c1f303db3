import { describe, expect, it } from "vitest";
import { apiRoutes, createServices } from "../app.ts";
import { useTestApi } from "../testing/use-test-api.ts";

interface Operation {
  requestBody?: { content: { "application/json": { schema: { properties?: Record<string, unknown> } } } };
  responses: Record<string, unknown>;
  security?: unknown[];
}

describe("the OpenAPI document", () => {
  const ctx = useTestApi();

  it("given no session, when /api/openapi.json is read, then it is an OpenAPI 3.1 document listing every route", async () => {
    const response = await ctx.anonymous.get("/api/openapi.json");

    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(document.openapi).toBe("3.1.0");
    const { store, today } = { store: ctx.testApi.store, today: () => "2025-06-15" };
    const boards = { getBoard: async () => undefined };
    const routes = apiRoutes(
      { store, today, boards, sessions: undefined as never, logError: () => {} },
      createServices({ store, today, boards }),
    );
    for (const r of routes) {
      const path = `/api${r.path.replace(/:(\w+)/g, "{$1}")}`;
      expect(document.paths[path]?.[r.method], `${r.method} ${path}`).toBeDefined();
    }
  });

  it("given a command route, then its body schema comes from the same zod schema, without the ids the path carries", async () => {
    const document = (await ctx.anonymous.get("/api/openapi.json")).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const sign = document.paths["/api/agreements/{agreementId}/signature"]?.post;
    const properties = sign?.requestBody?.content["application/json"].schema.properties ?? {};
    expect(Object.keys(properties).sort()).toEqual([
      "communitySignatory",
      "meetingId",
      "signedOn",
      "unitSignatory",
    ]);
    expect(sign?.responses).toHaveProperty("409");
    expect(sign?.responses).toHaveProperty("403");
    const login = document.paths["/api/session"]?.post;
    expect(login?.security).toEqual([]);
  });
});
