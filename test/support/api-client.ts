import { randomUUID } from "node:crypto";

/** The password every demo account shares (services/standalone/src/demo/accounts.ts). */
export const DEMO_PASSWORD = "cobuild-demo";

/** What the API answered: the status and the parsed JSON body (undefined when there was none). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A unique id for things a test creates, readable in the log: `e2e-team-1a2b3c4d`. */
export const freshId = (prefix: string): string => `e2e-${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * The HTTP API as a script uses it: logged in with a bearer token from POST /api/session, so the
 * browser pages under test and the test's own setup are different people with their own sessions.
 */
export class ApiClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** Logs in as a demo account. */
  static async as(baseUrl: string, username: string): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const body = (await response.json()) as { token?: string };
    if (response.status !== 200 || !body.token) throw new Error(`login as ${username}: ${response.status}`);
    return new ApiClient(baseUrl, body.token);
  }

  async get(path: string): Promise<ApiAnswer> {
    return this.send("GET", path);
  }

  async post(path: string, body: unknown): Promise<ApiAnswer> {
    return this.send("POST", path, body);
  }

  async put(path: string, body: unknown): Promise<ApiAnswer> {
    return this.send("PUT", path, body);
  }

  /** Sends a command and fails loudly unless it was accepted, so setup never silently half-happens. */
  async command(path: string, body: unknown): Promise<unknown> {
    const answer = await this.post(path, body);
    if (answer.status !== 200 && answer.status !== 201) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  private async send(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }
}
