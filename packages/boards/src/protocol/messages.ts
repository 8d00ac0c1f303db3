import { z } from "zod";
import { BoardOp } from "./ops.ts";

/** Board ids read `<kind>:<key>`, e.g. `community:guangming`. */
export const BoardId = z
  .string()
  .min(3)
  .max(100)
  .regex(/^[a-z-]+:[A-Za-z0-9_.-]+$/);
export type BoardId = z.infer<typeof BoardId>;

/** A whole board at one version: sent when a client joins, and whenever it must resynchronise. */
export const BoardSnapshot = z.object({
  boardId: BoardId,
  version: z.number().int().nonnegative(),
  data: z.unknown(),
});
export interface BoardSnapshot<Data = unknown> {
  boardId: string;
  version: number;
  data: Data;
}

/**
 * The change from `from` (when absent, `version - 1`) to `version`. The gateway merges a burst of
 * consecutive deltas into one with `from` set, so a busy board sends a slow client one message, not fifty.
 * A client holding any version other than `from` (and older than `version`) must ask for a snapshot.
 */
export const BoardDelta = z.object({
  boardId: BoardId,
  version: z.number().int().positive(),
  from: z.number().int().nonnegative().optional(),
  ops: z.array(BoardOp),
});
export type BoardDelta = z.infer<typeof BoardDelta>;

export const JoinRequest = z.object({ boardId: BoardId });
export type JoinRequest = z.infer<typeof JoinRequest>;

/** Why a join was refused: a malformed id, no such board, no session any more, or not this user's to watch. */
export type JoinErrorCode = "invalid_board_id" | "board_not_found" | "unauthenticated" | "not_allowed";

export type JoinResult =
  | { ok: true; snapshot: BoardSnapshot }
  | { ok: false; error: { code: JoinErrorCode; message: string } };

/** Why the handshake was refused (Socket.IO's connect_error carries it as the error's message). */
export const HANDSHAKE_UNAUTHENTICATED = "unauthenticated";

/** Realtime contract, declared once: the gateway's Server<…> and the client's Socket<…> both use it. */
export interface ServerToClientEvents {
  "board:delta": (delta: BoardDelta) => void;
  /**
   * The client fell too far behind (its connection could not keep up) and deltas for the board were
   * dropped: it must join again for a fresh snapshot.
   */
  "board:resync": (request: JoinRequest) => void;
}

export interface ClientToServerEvents {
  /** Joins the board's room and answers with its snapshot. Sent again to resynchronise after a gap. */
  "board:join": (request: JoinRequest, ack: (result: JoinResult) => void) => void;
  "board:leave": (request: JoinRequest) => void;
}

/** Bus topic on which projectors publish deltas and gateways consume them. */
export const BOARD_DELTAS_TOPIC = "board-deltas";
