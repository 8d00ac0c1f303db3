import { type BoardDelta, mergeDeltas } from "@cobuild/boards";
import { type BoardServer, type BoardSocket, boardOfRoom, roomOf } from "./sockets.ts";

/** How deltas reach a board's room, and which sockets sit out for being slow. */
export interface FanOut {
  /** A socket is about to join a board (again): it takes that board's deltas from now on. */
  rejoining(socket: BoardSocket, boardId: string): void;
  /** A socket's join was answered with the snapshot at `version`. */
  joined(socket: BoardSocket, boardId: string, version: number): void;
  /** Sends a (possibly merged) delta; `parts` are what it was merged from. */
  deliver(delta: BoardDelta, parts: readonly BoardDelta[]): void;
  close(): void;
}

/**
 * Delivers each delta as one broadcast to its room, which Socket.IO encodes once whatever the room's
 * size, so a delta costs no per-socket work here. What varies per socket is kept per board and touched
 * only for the few sockets it concerns: those that joined since the board's last delta (their snapshot
 * may lie inside a merged delta; grouped by snapshot, each group's remainder is encoded once) and those
 * told to resync. Slow sockets are found by a periodic check of their transport, off the delivery path:
 * one whose transport has taken nothing more to send for a whole `stallMs` gets `board:resync` for each
 * board it watches and no more of their deltas until it joins again, so it cannot hold up the rest.
 */
export function roomFanOut(io: BoardServer, stallMs: number): FanOut {
  /** Per board: sockets that joined and have had no delta since, with the snapshot version they hold. */
  const fresh = new Map<string, Map<string, number>>();
  /** Per board: sockets told to resync, left out of its broadcasts. */
  const lagging = new Map<string, Set<string>>();

  const lag = (boardId: string, id: string) => {
    const ids = lagging.get(boardId) ?? new Set<string>();
    lagging.set(boardId, ids.add(id));
  };
  const unlag = (boardId: string, id: string) => {
    const ids = lagging.get(boardId);
    if (ids?.delete(id) && ids.size === 0) lagging.delete(boardId);
  };

  // Leaving a room, by request or by disconnecting, ends whatever was kept for the socket there.
  io.of("/").adapter.on("leave-room", (room: string, id: string) => {
    const boardId = boardOfRoom(room);
    if (boardId === undefined) return;
    fresh.get(boardId)?.delete(id);
    unlag(boardId, id);
  });

  io.on("connection", (socket) => {
    // Set here, not in the login check, so a recovered connection gets them too.
    socket.data.lagging ??= new Set();
    socket.data.flushes = 0;
    socket.data.flushesAtCheck = 0;
    // Engine.IO says "drain" each time it hands queued packets to the transport.
    socket.conn.on("drain", () => {
      socket.data.flushes++;
    });
    // A recovered connection is back in its rooms; it still sits out those it was told to resync.
    for (const boardId of socket.data.lagging) if (socket.rooms.has(roomOf(boardId))) lag(boardId, socket.id);
  });

  /** Stuck: the transport is still busy with what it took before the previous check. */
  const checkForSlowSockets = () => {
    for (const socket of io.sockets.sockets.values()) {
      const stuck = !socket.conn.transport.writable && socket.data.flushes === socket.data.flushesAtCheck;
      socket.data.flushesAtCheck = socket.data.flushes;
      if (!stuck) continue;
      for (const room of socket.rooms) {
        const boardId = boardOfRoom(room);
        if (boardId === undefined || socket.data.lagging.has(boardId)) continue;
        socket.data.lagging.add(boardId);
        lag(boardId, socket.id);
        socket.emit("board:resync", { boardId });
      }
    }
  };
  const timer = setInterval(checkForSlowSockets, stallMs).unref();

  return {
    rejoining(socket, boardId) {
      socket.data.lagging.delete(boardId);
      unlag(boardId, socket.id);
    },
    joined(socket, boardId, version) {
      const joiners = fresh.get(boardId) ?? new Map<string, number>();
      fresh.set(boardId, joiners.set(socket.id, version));
    },
    deliver(delta, parts) {
      const { boardId } = delta;
      const from = delta.from ?? delta.version - 1;
      const left = lagging.get(boardId);
      const apart = left ? [...left] : [];
      const joiners = fresh.get(boardId);
      fresh.delete(boardId);
      // A snapshot newer than the delta's start would make it a gap: such sockets get the later parts.
      const bySnapshot = new Map<number, string[]>();
      for (const [id, version] of joiners ?? []) {
        if (version <= from || left?.has(id)) continue;
        apart.push(id);
        const group = bySnapshot.get(version);
        if (group) group.push(id);
        else bySnapshot.set(version, [id]);
      }
      for (const [version, ids] of bySnapshot) {
        const later = parts.filter((part) => part.version > version);
        for (const part of mergeDeltas(later)) io.to(ids).emit("board:delta", part);
      }
      const room = io.to(roomOf(boardId));
      (apart.length > 0 ? room.except(apart) : room).emit("board:delta", delta);
    },
    close() {
      clearInterval(timer);
    },
  };
}
