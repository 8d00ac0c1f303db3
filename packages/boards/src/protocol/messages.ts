import { z } from "zod";
import { BoardOp } from "./ops.ts";

/** Board ids read `<kind>:<key>`, e.g. `community:guangming`. */
export const BoardId = z
  .string()
  .min(3)
  .max(100)
  .regex(/^[a-z-]+:[A-Za-z0-9_-]+$/);
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

/** The change from `version - 1` to `version`; a client holding any other version must ask for a snapshot. */
export const BoardDelta = z.object({
  boardId: BoardId,
  version: z.number().int().positive(),
  ops: z.array(BoardOp),
});
export type BoardDelta = z.infer<typeof BoardDelta>;

export const JoinRequest = z.object({ boardId: BoardId });
export type JoinRequest = z.infer<typeof JoinRequest>;

export type JoinResult =
  | { ok: true; snapshot: BoardSnapshot }
  | { ok: false; error: { code: "invalid_board_id" | "board_not_found"; message: string } };

/** Realtime contract, declared once: the gateway's Server<…> and the client's Socket<…> both use it. */
export interface ServerToClientEvents {
  "board:delta": (delta: BoardDelta) => void;
}

export interface ClientToServerEvents {
  /** Joins the board's room and answers with its snapshot. Sent again to resynchronise after a gap. */
  "board:join": (request: JoinRequest, ack: (result: JoinResult) => void) => void;
  "board:leave": (request: JoinRequest) => void;
}

/** Bus topic on which projectors publish deltas and gateways consume them. */
export const BOARD_DELTAS_TOPIC = "board-deltas";
