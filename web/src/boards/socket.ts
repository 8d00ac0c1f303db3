import type { ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import { io, type Socket } from "socket.io-client";

export type BoardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: BoardSocket | undefined;

/** One connection per tab, shared by every board on the page; same origin as the page. */
export function boardSocket(): BoardSocket {
  shared ??= io({ transports: ["websocket", "polling"], reconnectionDelayMax: 5_000 });
  return shared;
}
