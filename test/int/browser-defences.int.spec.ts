import type { ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import type { StandaloneServer } from "@cobuild/standalone";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StreetServer, startStreetServer } from "../support/street-server.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ALLOWED = "https://board.example.cn";
const ADMIN_PASSWORD = "defences-test-password";

/**
 * What a hostile page or a password guesser meets: commands only as JSON and only from allowed origins,
 * live sockets only from allowed origins, and login floods throttled before any hashing. One server;
 * the flood locks only the account it targets.
 */
describe("defences against forged requests and login floods", () => {
  let street: StreetServer | undefined;
  let server: StandaloneServer;
  let cookie: string;
  const sockets: ClientSocket[] = [];

  const login = (username: string, password: string, address: string) =>
    fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ username, password }),
    });
  const communityExists = async (communityId: string) =>
    (await fetch(`${server.url}/api/communities/${communityId}`, { headers: { cookie } })).status === 200;
  const createCommunity = (communityId: string, headers: Record<string, string>, body?: string) =>
    fetch(`${server.url}/api/communities`, {
      method: "POST",
      headers: { cookie, ...headers },
      body: body ?? JSON.stringify({ communityId, streetId: "dongfeng", name: `社区${communityId}` }),
    });

  beforeAll(async () => {
    street = await startStreetServer(ADMIN_PASSWORD, {
      // The tests speak for several client addresses, as a proxy in front would.
      TRUST_PROXY: "true",
      ALLOWED_ORIGINS: ALLOWED,
      // A first wait far longer than the test, so how fast this machine runs the flood cannot let a
      // seventh guess through or end the lock before the last check.
      LOGIN_FIRST_WAIT_SECONDS: "600",
    });
    server = street.server;
    const res = await login("admin", ADMIN_PASSWORD, "10.0.0.1");
    expect(res.status).toBe(200);
    cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^cobuild_session=/);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await street?.close();
  });

  describe("commands sent with the session cookie", () => {
    it("given an empty form post from another origin, then it is refused and nothing is written", async () => {
      const res = await createCommunity(
        "f1",
        { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example.com" },
        "",
      );
      expect(res.status).toBe(415);
      expect(await communityExists("f1")).toBe(false);
    });

    it("given an empty form post with no origin at all, then it is refused as not JSON", async () => {
      const res = await createCommunity("f2", { "content-type": "text/plain" }, "");
      expect(res.status).toBe(415);
      expect(((await res.json()) as { code: string }).code).toBe("unsupported_media_type");
    });

    it.each([
      ["another site", { origin: "https://evil.example.com" }],
      ["another port of the same host", { origin: "http://127.0.0.1:1" }],
      ["a same-site page that sends no Origin", { "sec-fetch-site": "same-site" }],
      ["an opaque origin", { origin: "null" }],
    ])("given a JSON command from %s, then 403 and nothing is written", async (_from, headers) => {
      const res = await createCommunity("f3", { "content-type": "application/json", ...headers });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe("origin_refused");
      expect(await communityExists("f3")).toBe(false);
    });

    it("given a JSON command from the server's own origin or an allowed one, then it is accepted", async () => {
      const own = await createCommunity("own", { "content-type": "application/json", origin: server.url });
      expect(own.status).toBe(201);
      const listed = await createCommunity("listed", { "content-type": "application/json", origin: ALLOWED });
      expect(listed.status).toBe(201);
    });
  });

  describe("live sockets", () => {
    const connect = (origin: string) => {
      const socket: ClientSocket = io(server.url, {
        transports: ["websocket"],
        forceNew: true,
        reconnection: false,
        extraHeaders: { origin, cookie },
      });
      sockets.push(socket);
      return new Promise<"connected" | string>((resolve) => {
        socket.on("connect", () => resolve("connected"));
        socket.on("connect_error", (error) => resolve(error.message));
      });
    };

    it("given a page on another origin, then the handshake is refused", async () => {
      expect(await connect("https://evil.example.com")).not.toBe("connected");
      expect(await connect("http://127.0.0.1:1")).not.toBe("connected");
    });

    it("given the server's own origin or an allowed one, then the socket connects", async () => {
      expect(await connect(server.url)).toBe("connected");
      expect(await connect(ALLOWED)).toBe("connected");
    });
  });

  describe("headers", () => {
    it("given any answer, then it carries a strict content security policy and the usual protections", async () => {
      for (const path of ["/healthz", "/api/session", "/api/boards/directory:all"]) {
        const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
        const policy = res.headers.get("content-security-policy") ?? "";
        expect(policy, path).toContain("script-src 'self'");
        expect(policy, path).toContain("frame-ancestors 'none'");
        expect(policy, path).not.toContain("unsafe-inline");
        expect(res.headers.get("x-frame-options"), path).toBe("DENY");
        expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
      }
    });

    it("given an API answer, then no browser or proxy may store it", async () => {
      const res = await fetch(`${server.url}/api/boards/directory:all`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
    });

    it("given a login over HTTPS behind the proxy, then the cookie is Secure and lives as long as the session", async () => {
      const res = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-proto": "https",
          "x-forwarded-for": "10.0.0.9",
        },
        body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
      });
      const set = res.headers.getSetCookie()[0] ?? "";
      expect(set).toMatch(/; Secure/);
      expect(set).toMatch(/Max-Age=43200/);
      const plain = await login("admin", ADMIN_PASSWORD, "10.0.0.9");
      expect(plain.headers.getSetCookie()[0] ?? "").not.toMatch(/; Secure/);
    });
  });

  describe("login", () => {
    it("given a flood of wrong passwords for one account, then it is throttled with Retry-After while another user logs in normally", async () => {
      await fetch(`${server.url}/api/accounts`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({
          username: "staff-gm",
          displayName: "社区工作人员",
          password: "staff-password-1",
          grants: [{ role: "street_admin", streetId: "dongfeng" }],
        }),
      }).then((res) => expect(res.status).toBe(201));

      const flood = Array.from({ length: 100 }, () => login("admin", "wrong-password", "10.6.6.6"));
      const staff = await login("staff-gm", "staff-password-1", "10.0.0.2");
      const answers = await Promise.all(flood);

      expect(staff.status).toBe(200);
      const throttled = answers.filter((res) => res.status === 429);
      const wrong = answers.filter((res) => res.status === 401);
      // Only the free attempts were hashed; every other one was refused before.
      expect(wrong.length).toBeLessThanOrEqual(6);
      expect(throttled.length + wrong.length).toBe(100);
      const retryAfter = Number(throttled[0]?.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      const problem = (await throttled[0]?.json()) as { code: string; detail: string };
      expect(problem.code).toBe("login_throttled");
      expect(problem.detail).toMatch(/请 \d+ 秒后再试.*try again in \d+ s/);
      // The right password does not open a locked account until the wait is over, from any address.
      expect((await login("admin", ADMIN_PASSWORD, "10.0.0.3")).status).toBe(429);
    });
  });
});
