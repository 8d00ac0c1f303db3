import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { SqliteBoardReader, SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, boardsFileName } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { communityStream } from "@cobuild/domain";
import { openSqliteEventStore } from "@cobuild/event-store";
import { startProjector } from "@cobuild/projector";
import pino, { type Logger } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createServices } from "./app.ts";
import { loadApiConfig } from "./env.ts";
import { type RunningApiService, startApiService } from "./server.ts";
import { bootstrapStreet } from "./setup/bootstrap.ts";
import { communityBody, givenSignedAgreement } from "./testing/fixtures.ts";
import { type Client, client } from "./testing/http.ts";
import { TEST_ADMIN, TEST_STREET } from "./testing/test-api.ts";

/** Noon in Shanghai on the day the fixtures are written for. */
const JUNE_15 = new Date("2025-06-15T04:00:00Z");

/**
 * The api process as it runs in the distributed mode, started in-process over real sockets: its log,
 * boards and sessions are files in a data directory that other processes (here: the test) share.
 */
describe("the api service on its own", () => {
  let dataDir: string;
  let errors: string[];
  const started: RunningApiService[] = [];

  /** Starts an api on the shared data directory, on a free port, with the clock pinned. */
  const startApi = async (clock: () => Date = () => JUNE_15) => {
    const config = loadApiConfig({ DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" });
    const service = await startApiService(config, errorsOnly(errors), clock);
    started.push(service);
    return service;
  };
  const login = async (url: string): Promise<Client> => {
    const response = await client(url).post("/api/session", {
      username: TEST_ADMIN.username,
      password: TEST_ADMIN.password,
    });
    expect(response.status).toBe(200);
    return client(url, (response.body as { token: string }).token);
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cobuild-api-service-"));
    errors = [];
    await givenStreetWithAdmin(dataDir);
  });
  afterEach(async () => {
    for (const service of started.splice(0)) await service.close().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it("given a started api, when its health is asked, then it is alive and ready", async () => {
    const { url } = await startApi();

    const health = await client(url).get("/healthz");
    const readiness = await client(url).get("/readyz");

    expect(health).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(readiness).toMatchObject({ status: 200, body: { status: "ready" } });
  });

  it("given the street's administrator, when they register a community, then it is appended to the shared log and reads back", async () => {
    const { url } = await startApi();
    const admin = await login(url);
    const body = communityBody();

    const created = await admin.post("/api/communities", body);
    const readBack = await admin.get(`/api/communities/${body.communityId}`);

    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"0"');
    expect(readBack).toMatchObject({ status: 200, body: { ...body, street: "测试街道" } });
    const log = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
    try {
      expect((await log.readStream(communityStream(body.communityId))).map((e) => e.type)).toEqual([
        "CommunityRegistered",
      ]);
    } finally {
      await log.close();
    }
  });

  it("given a signed agreement whose term ended yesterday, when an api starts, then its sweep records the expiry and the session from before still works", async () => {
    const first = await startApi();
    const admin = await login(first.url);
    const { agreementId } = await givenSignedAgreement(admin);
    await first.close();
    await givenBoardsProjected(dataDir);

    const next = await startApi(() => new Date("2026-01-01T04:00:00Z"));
    const sameSession = client(next.url, admin.token);

    await vi.waitFor(async () => {
      const agreement = await sameSession.get(`/api/agreements/${agreementId}`);
      expect(agreement).toMatchObject({ status: 200, body: { status: "expired", expiredOn: "2025-12-31" } });
    });
  });

  it("given a login in flight when close begins, then the login finishes, a request after it on that connection hears 503 stopping and is told to hang up, and new connections are refused", async () => {
    const service = await startApi();
    const connection = rawConnection(service.port);
    const login = JSON.stringify({ username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    connection.write(
      "POST /api/session HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\n" +
        `Content-Length: ${Buffer.byteLength(login)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    // "100 Continue" means the server holds the request and waits for its body: it is in flight.
    await vi.waitFor(() => expect(connection.statuses()).toEqual([100]));

    const closing = service.close();
    connection.write(`${login}GET /readyz HTTP/1.1\r\nHost: api\r\n\r\n`);
    await closing;

    await connection.ended;
    expect(connection.statuses()).toEqual([100, 200, 503]);
    const [, loggedIn, stopping] = connection.text().split(/(?=HTTP\/1\.1 )/);
    expect(loggedIn).toContain('"token":');
    expect(stopping).toContain('{"status":"stopping"}');
    // Asked after close began: the client is told to hang up and go elsewhere.
    expect(stopping).toMatch(/^Connection: close\r$/m);
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
  });
});

/** The street and its administrator, written to the data directory's log before any api runs. */
async function givenStreetWithAdmin(dataDir: string): Promise<void> {
  const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
  const boards = new SqliteBoardReader(join(dataDir, boardsFileName()));
  try {
    const services = createServices({ store, boards, today: () => "2025-06-15" });
    await bootstrapStreet(services, { streetId: TEST_STREET, name: "测试街道", admin: TEST_ADMIN });
  } finally {
    boards.close();
    await store.close();
  }
}

/** What the projector process does: folds the whole log into the boards file, then stops. */
async function givenBoardsProjected(dataDir: string): Promise<void> {
  const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
  const boards = new SqliteBoardStore(join(dataDir, boardsFileName()));
  const bus = new InProcessBus();
  const projector = startProjector({ store, boards, bus, projections: allProjections });
  try {
    await projector.waitFor(await store.headPosition());
  } finally {
    await projector.stop();
    await bus.close();
    boards.close();
    await store.close();
  }
}

/** A logger that keeps what the service logs as errors, so a test can insist there were none. */
function errorsOnly(into: string[]): Logger {
  const sink = new Writable({
    write(line, _encoding, done) {
      into.push(String(line));
      done();
    },
  });
  return pino({ level: "error" }, sink);
}

/** A plain TCP connection speaking HTTP/1.1 by hand, so a test can pipeline and hold requests. */
function rawConnection(port: number) {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => {
    received += chunk.toString("utf8");
  });
  const ended = new Promise<void>((done) => socket.on("close", () => done()));
  return {
    write: (text: string) => socket.write(text),
    ended,
    text: () => received,
    /** The status of every response received so far, interim ones (100) included. */
    statuses: () => [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1])),
  };
}
