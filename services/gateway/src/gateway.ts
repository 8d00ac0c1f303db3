import type { Server as HttpServer } from "node:http";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardReader,
  type ClientToServerEvents,
  isServedBoard,
  JoinRequest,
  type JoinResult,
  type ServerToClientEvents,
} from "@cobuild/boards";
import type { EventBus, Unsubscribe } from "@cobuild/bus";
import { Server } from "socket.io";

export interface GatewayOptions {
  httpServer: HttpServer;
  boards: BoardReader;
  bus: EventBus;
  onError?: (error: unknown) => void;
}

export interface RunningGateway {
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  close(): Promise<void>;
}

const roomOf = (boardId: string) => `board:${boardId}`;

/**
 * Serves boards over Socket.IO: a client joins a board's room and gets its snapshot in the answer,
 * then every delta the projectors publish for that board, in order.
 */
export async function attachGateway(options: GatewayOptions): Promise<RunningGateway> {
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(options.httpServer, {
    serveClient: false,
    // Recovery helps a flaky phone catch up cheaply; correctness never depends on it (clients resync).
    connectionStateRecovery: { maxDisconnectionDuration: 60_000 },
  });

  io.on("connection", (socket) => {
    socket.on("board:join", async (request, ack) => {
      if (typeof ack !== "function") return;
      const parsed = JoinRequest.safeParse(request);
      if (!parsed.success) {
        ack({ ok: false, error: { code: "invalid_board_id", message: "Unknown board id format." } });
        return;
      }
      const { boardId } = parsed.data;
      if (!isServedBoard(boardId)) {
        ack({ ok: false, error: { code: "board_not_found", message: `No board ${boardId}.` } });
        return;
      }
      // Join first, read second: a delta committed in between is then both in the room and, at worst,
      // also in the snapshot, which clients recognise as stale. Never missing.
      await socket.join(roomOf(boardId));
      try {
        const snapshot = await options.boards.getBoard(boardId);
        const result: JoinResult = snapshot
          ? { ok: true, snapshot }
          : { ok: false, error: { code: "board_not_found", message: `No board ${boardId}.` } };
        if (!snapshot) await socket.leave(roomOf(boardId));
        ack(result);
      } catch (error) {
        options.onError?.(error);
        await socket.leave(roomOf(boardId));
        ack({ ok: false, error: { code: "board_not_found", message: "The board could not be read." } });
      }
    });
    socket.on("board:leave", async (request) => {
      const parsed = JoinRequest.safeParse(request);
      if (parsed.success) await socket.leave(roomOf(parsed.data.boardId));
    });
  });

  const unsubscribe: Unsubscribe = await options.bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (delta) => {
    io.to(roomOf(delta.boardId)).emit("board:delta", delta);
  });

  return {
    io,
    close: async () => {
      await unsubscribe();
      // io.close() would also close the shared HTTP server; the owner of that server closes it.
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
