import type { BoardOp } from "./protocol/ops.ts";

/** The part of a stored event that projections read. */
export interface ProjectedEvent {
  type: string;
  data: unknown;
  streamId: string;
  position: number;
  occurredAt: string;
}

/**
 * One kind of board: which boards an event touches, what an empty board looks like, and the pure
 * (board, event) -> ops function. Projectors run these; nothing here does I/O.
 */
export interface BoardProjection<Data = unknown> {
  kind: string;
  keysFor(event: ProjectedEvent): string[];
  initial(key: string): Data;
  project(board: Data, event: ProjectedEvent): BoardOp[];
}

export const boardIdOf = (kind: string, key: string): string => `${kind}:${key}`;

/** Reads the current snapshot of a board; implemented by whatever stores the boards. */
export interface BoardReader {
  getBoard(boardId: string): Promise<import("./protocol/messages.ts").BoardSnapshot | undefined>;
}
