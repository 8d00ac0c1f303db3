import type { Server as HttpServer } from "node:http";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardReader,
  type BoardSnapshot,
  type ClientToServerEvents,
  HANDSHAKE_UNAUTHENTICATED,
  type Handshake,
  JoinRequest,
  type JoinResult,
  mergeDeltas,
  type ServerToClientEvents,
  type WatchVerdict,
} from "@cobuild/boards";
import type { EventBus, Unsubscribe } from "@cobuild/bus";
import { Server, type Socket } from "socket.io";
import { DeltaCoalescer } from "./coalescer.ts";

/** Who may connect and watch which board; the API implements it with its own sessions and policy. */
export interface GatewayAccess<Viewer> {
  authenticate(handshake: Handshake): Promise<Viewer | undefined>;
  mayWatch(viewer: Viewer, snapshot: BoardSnapshot): Promise<WatchVerdict>;
}

export interface GatewayOptions<Viewer> {
  httpServer: HttpServer;
  boards: BoardReader;
  bus: EventBus;
  access: GatewayAccess<Viewer>;
  /** A busy board sends at most one message per window (merged deltas); default 50 ms. */
  coalesceMs?: number;
  /** A socket with this many deltas not yet written to the network gets a resync notice instead of more. */
  maxBuffered?: number;
  onError?: (error: unknown) => void;
}

export interface RunningGateway {
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** Tells every watcher of every board to join again: the boards served were replaced (a new version). */
  resyncAll(): void;
  close(): Promise<void>;
}

interface SocketData {
  handshake: Handshake;
  /** Boards whose deltas this socket missed for being slow; cleared when it joins again. */
  lagging: Set<string>;
  /** Deltas sent since the connection last drained its write buffer: how far behind the client is. */
  unsent: number;
  /**
   * The snapshot version a join answered with, until the first delta after it: a merged delta that
   * started before it would be a gap for this client, so it gets the later parts instead.
   */
  joinedAt: Map<string, number>;
  /** Joins and leaves of this socket run one after another, so a quick join-then-leave ends outside. */
  queue: Promise<unknown>;
}
type BoardServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type BoardSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const roomOf = (boardId: string) => `board:${boardId}`;
const refusal = (code: Extract<JoinResult, { ok: false }>["error"]["code"], message: string): JoinResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Serves boards over Socket.IO. The handshake needs the same login as the API; each join is checked
 * against who may watch that board, answered with its snapshot, and followed by every delta in order,
 * merged in bursts. A client too slow to keep up is told to resynchronise rather than flooded.
 */
export async function attachGateway<Viewer>(options: GatewayOptions<Viewer>): Promise<RunningGateway> {
  const { access, boards } = options;
  const maxBuffered = options.maxBuffered ?? 200;
  const io: BoardServer = new Server(options.httpServer, {
    serveClient: false,
    // Recovery helps a flaky phone catch up cheaply; correctness never depends on it (clients resync).
    // A recovered connection still passes the login check: the session may have ended meanwhile.
    connectionStateRecovery: { maxDisconnectionDuration: 60_000, skipMiddlewares: false },
  });

  io.use(async (socket, next) => {
    const handshake: Handshake = {
      headers: {
        cookie: socket.handshake.headers.cookie,
        authorization: socket.handshake.headers.authorization,
      },
      auth: socket.handshake.auth ?? {},
    };
    try {
      if (!(await access.authenticate(handshake))) return next(new Error(HANDSHAKE_UNAUTHENTICATED));
      socket.data.handshake = handshake;
      next();
    } catch (error) {
      options.onError?.(error);
      next(new Error(HANDSHAKE_UNAUTHENTICATED));
    }
  });

  const join = async (socket: BoardSocket, boardId: string): Promise<JoinResult> => {
    // Asked again on every join, so a logout or a revoked role stops new joins at once.
    const viewer = await access.authenticate(socket.data.handshake);
    if (!viewer) return refusal("unauthenticated", "Your session has ended; log in again.");
    const first = await boards.getBoard(boardId);
    const verdict = first ? await access.mayWatch(viewer, first) : "not_served";
    // A refused re-join (a role revoked, a gap after it) must also stop the deltas of an earlier join.
    if (verdict !== "allowed") await socket.leave(roomOf(boardId));
    if (verdict === "not_served") return refusal("board_not_found", `No board ${boardId}.`);
    if (verdict === "not_allowed")
      return refusal("not_allowed", `Your roles do not let you watch ${boardId}.`);
    socket.data.lagging.delete(boardId);
    // Join first, read second: a delta committed in between is then both in the room and, at worst,
    // also in the snapshot, which clients recognise as stale. Never missing.
    await socket.join(roomOf(boardId));
    const snapshot = await boards.getBoard(boardId);
    if (!snapshot) {
      await socket.leave(roomOf(boardId));
      return refusal("board_not_found", `No board ${boardId}.`);
    }
    socket.data.joinedAt.set(boardId, snapshot.version);
    return { ok: true, snapshot };
  };

  /** Runs a socket's joins and leaves in the order they were asked for. */
  const inTurn = (socket: BoardSocket, work: () => Promise<void>) => {
    socket.data.queue = socket.data.queue.then(work, work);
  };

  io.on("connection", (socket) => {
    // Set here, not in the login check, so a recovered connection gets them too.
    socket.data.lagging ??= new Set();
    socket.data.joinedAt ??= new Map();
    socket.data.queue = Promise.resolve();
    socket.data.unsent = 0;
    // Engine.IO says "drain" once everything queued has been written to the network.
    socket.conn.on("drain", () => {
      socket.data.unsent = 0;
    });
    socket.on("board:join", (request, ack) => {
      if (typeof ack !== "function") return;
      const parsed = JoinRequest.safeParse(request);
      if (!parsed.success) {
        ack(refusal("invalid_board_id", "Unknown board id format."));
        return;
      }
      const { boardId } = parsed.data;
      inTurn(socket, async () => {
        try {
          ack(await join(socket, boardId));
        } catch (error) {
          options.onError?.(error);
          await socket.leave(roomOf(boardId));
          ack(refusal("board_not_found", "The board could not be read."));
        }
      });
    });
    socket.on("board:leave", (request) => {
      const parsed = JoinRequest.safeParse(request);
      if (parsed.success) inTurn(socket, async () => socket.leave(roomOf(parsed.data.boardId)));
    });
  });

  /**
   * Sends a delta to a board's room. Sockets that have fallen behind get one resync notice and no more
   * deltas; a socket whose snapshot lies inside a merged delta gets only the parts after its snapshot.
   * Everyone else gets the one broadcast.
   */
  const deliver = (delta: BoardDelta, parts: readonly BoardDelta[]) => {
    const { boardId } = delta;
    const room = roomOf(boardId);
    const from = delta.from ?? delta.version - 1;
    const apart: string[] = [];
    for (const id of io.sockets.adapter.rooms.get(room) ?? []) {
      const socket = io.sockets.sockets.get(id);
      if (!socket) continue;
      const joinedAt = socket.data.joinedAt.get(boardId);
      socket.data.joinedAt.delete(boardId);
      if (socket.data.lagging.has(boardId)) apart.push(id);
      else if (socket.data.unsent >= maxBuffered) {
        socket.data.lagging.add(boardId);
        socket.emit("board:resync", { boardId });
        apart.push(id);
      } else if (joinedAt !== undefined && joinedAt > from) {
        apart.push(id);
        socket.data.unsent++;
        const later = parts.filter((part) => part.version > joinedAt);
        for (const part of mergeDeltas(later)) socket.emit("board:delta", part);
      } else socket.data.unsent++;
    }
    (apart.length > 0 ? io.to(room).except(apart) : io.to(room)).emit("board:delta", delta);
  };

  const coalescer = new DeltaCoalescer({ windowMs: options.coalesceMs ?? 50, emit: deliver });
  const unsubscribe: Unsubscribe = await options.bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (delta) =>
    coalescer.push(delta),
  );

  return {
    io,
    resyncAll: () => {
      for (const room of io.sockets.adapter.rooms.keys()) {
        if (room.startsWith("board:"))
          io.to(room).emit("board:resync", { boardId: room.slice("board:".length) });
      }
    },
    close: async () => {
      await unsubscribe();
      coalescer.flushAll();
      // Closing the transports, not the Socket.IO sessions, lets clients reconnect by themselves to
      // whichever gateway comes back. io.close() would also close the shared HTTP server, which its
      // owner closes.
      io.engine.close();
    },
  };
}
