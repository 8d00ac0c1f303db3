import type { Handshake } from "@cobuild/boards";
import type { BoardServer, BoardSocket } from "./sockets.ts";

/** The sessions behind sockets, as the shared session store knows them (see @cobuild/access). */
export interface GatewaySessions {
  /** The session a handshake holds: its key, its account, when it expires. */
  of(handshake: Handshake): { key: string; account: string; expiresAt: number } | undefined;
  /** Sessions ended (`key`) and accounts changed (no key) after `cursor`, and the cursor to ask from next. */
  endsAfter(cursor: number): { cursor: number; ends: { key?: string; account: string }[] };
  /** The cursor as of now. */
  lastEnd(): number;
}

const sessionRoom = (key: string) => `session:${key}`;
const accountRoom = (account: string) => `account:${account}`;

/**
 * Ends live sockets with their sessions. Each socket joins a room for its session and one for its
 * account; the store is asked every `pollMs` what ended since (a logout, a password change or reset at
 * any API process) and the sockets of an ended session are disconnected, as are every socket of an
 * account whose roles changed: clients reconnect, and the handshake and every join are checked afresh.
 * A session's expiry ends its sockets at that moment.
 */
export function endSocketsWithSessions(
  io: BoardServer,
  sessions: GatewaySessions,
  pollMs: number,
  onError?: (error: unknown) => void,
) {
  let cursor = sessions.lastEnd();
  const poll = setInterval(() => {
    try {
      for (let more = true; more; ) {
        const { cursor: next, ends } = sessions.endsAfter(cursor);
        more = next !== cursor && ends.length >= 1000;
        cursor = next;
        for (const end of ends) {
          io.in(end.key ? sessionRoom(end.key) : accountRoom(end.account)).disconnectSockets(true);
        }
      }
    } catch (error) {
      onError?.(error);
    }
  }, pollMs);
  poll.unref();

  return {
    /** Ties a newly connected socket to its session; one whose session is already gone is disconnected. */
    track(socket: BoardSocket): void {
      const session = sessions.of(socket.data.handshake);
      if (!session) {
        socket.disconnect(true);
        return;
      }
      void socket.join([sessionRoom(session.key), accountRoom(session.account)]);
      const expiry = setTimeout(() => socket.disconnect(true), Math.max(0, session.expiresAt - Date.now()));
      expiry.unref();
      socket.once("disconnect", () => clearTimeout(expiry));
    },
    close(): void {
      clearInterval(poll);
    },
  };
}
