/**
 * The ceiling for fan-out: a bare Socket.IO 4.8 server with nothing behind it, broadcasting ~1 KB to one
 * room that every client joins on connecting.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import type { Tick } from "./socket-protocol.ts";

const ROOM = "board";
const PAYLOAD = "x".repeat(1000);

/** A running bare server: where it listens, how to broadcast message `seq`, how to stop. */
export interface BareServer {
  url: string;
  broadcast(seq: number): void;
  close(): Promise<void>;
}

export async function startBareServer(): Promise<BareServer> {
  const httpServer = createServer();
  const io = new Server<Record<string, never>, { tick: (tick: Tick) => void }>(httpServer, {
    transports: ["websocket"],
  });
  io.on("connection", (socket) => void socket.join(ROOM));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    broadcast: (seq) => io.to(ROOM).emit("tick", { seq, payload: PAYLOAD }),
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}
