import type { ClientToServerEvents, Handshake, ServerToClientEvents } from "@cobuild/boards";
import type { Server, Socket } from "socket.io";

/** What the gateway keeps on each socket; Socket.IO carries it over a recovered connection. */
export interface SocketData {
  handshake: Handshake;
  /** Boards this socket was told to resync for being slow; cleared when it joins again. */
  lagging: Set<string>;
  /** Batches Engine.IO has handed to the transport: moves while the connection makes progress. */
  flushes: number;
  /** `flushes` at the previous slow-client check. */
  flushesAtCheck: number;
  /** Joins and leaves of this socket run one after another, so a quick join-then-leave ends outside. */
  queue: Promise<unknown>;
}
/** The gateway's Socket.IO server, typed with the shared realtime contract. */
export type BoardServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
/** One browser's connection to the gateway. */
export type BoardSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

const PREFIX = "board:";
/** The room of a board's watchers. */
export const roomOf = (boardId: string) => `${PREFIX}${boardId}`;
/** The board a room is for, or undefined for a socket's own room. */
export const boardOfRoom = (room: string) =>
  room.startsWith(PREFIX) ? room.slice(PREFIX.length) : undefined;
