import type { ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import { io, type Socket } from "socket.io-client";

export type BoardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: BoardSocket | undefined;
const listeners = new Set<() => void>();

/**
 * One connection per tab, shared by every board on the page; same origin as the page, so the
 * handshake carries the session cookie the API set at login.
 */
export function boardSocket(): BoardSocket {
  shared ??= io({ transports: ["websocket", "polling"], reconnectionDelayMax: 5_000 });
  return shared;
}

/**
 * Drops the connection after a login or logout: the next one is made with the new session, and every
 * board on the page joins again through it.
 */
export function resetBoardSocket(): void {
  shared?.disconnect();
  shared = undefined;
  for (const listener of listeners) listener();
}

/** Calls back when the shared connection is replaced. */
export function onBoardSocketReset(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * How many components on the page watch each board through the shared connection. The room is left
 * only when the last of them stops, so one unmounting panel never silences another showing the same board.
 */
const watchers = new Map<string, number>();

/**
 * A board on screen is use: the session must not end for idleness while a wall screen shows the live
 * board and nobody touches it (the server ends sessions after two hours without a request). So while
 * any board is watched, the page asks who is logged in now and then, which counts as use.
 */
const KEEP_ALIVE_MS = 20 * 60 * 1000;
let keepAlive: ReturnType<typeof setInterval> | undefined;

/** Counts one more watcher of a board. */
export function watchStarted(boardId: string): void {
  watchers.set(boardId, (watchers.get(boardId) ?? 0) + 1);
  keepAlive ??= setInterval(() => void fetch("/api/session").catch(() => undefined), KEEP_ALIVE_MS);
}

/** Counts one watcher less; true when it was the last, so the room may be left. */
export function watchEnded(boardId: string): boolean {
  const left = (watchers.get(boardId) ?? 1) - 1;
  if (left > 0) watchers.set(boardId, left);
  else watchers.delete(boardId);
  if (watchers.size === 0) {
    clearInterval(keepAlive);
    keepAlive = undefined;
  }
  return left <= 0;
}
