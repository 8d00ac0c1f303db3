import {
  type BoardDelta,
  type BoardSnapshot,
  emptyFollower,
  type FollowerState,
  type FollowerStep,
  HANDSHAKE_UNAUTHENTICATED,
  receiveDelta,
  receiveSnapshot,
} from "@cobuild/boards";
import { useEffect, useRef, useState } from "react";
import { boardSocket, onBoardSocketReset, watchEnded, watchStarted } from "./socket.ts";

const MISSING_RETRY_MS = 3_000;

export type ConnectionState = "connecting" | "live" | "offline";

export interface BoardView<Data> {
  board?: BoardSnapshot<Data>;
  connection: ConnectionState;
  /** Set when the server says there is no such board. */
  missing: boolean;
  /** Set when the server will not show this board: not logged in, or not the user's to watch. */
  refused?: "unauthenticated" | "not_allowed";
}

/**
 * Follows one board live: a snapshot on join, deltas in order, and a fresh snapshot whenever a version
 * is missing or the connection comes back, so nothing is ever silently missed.
 */
export function useBoard<Data>(boardId: string): BoardView<Data> {
  // A login or logout replaces the shared connection; follow the new one.
  const [socket, setSocket] = useState(boardSocket);
  useEffect(() => onBoardSocketReset(() => setSocket(boardSocket())), []);
  const [refused, setRefused] = useState<BoardView<Data>["refused"]>();
  const follower = useRef<FollowerState<Data>>(emptyFollower());
  const [board, setBoard] = useState<BoardSnapshot<Data>>();
  const [connection, setConnection] = useState<ConnectionState>(socket.connected ? "live" : "connecting");
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    follower.current = emptyFollower();
    setBoard(undefined);
    setMissing(false);
    setRefused(undefined);
    let active = true;

    /** One snapshot request at a time: deltas that arrive meanwhile wait in the follower's early buffer. */
    let joining = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let missedJoins = 0;
    const step = (next: FollowerStep<Data>) => {
      follower.current = next.state;
      if (next.state.board) setBoard(next.state.board);
      if (next.resync) join();
    };
    const join = () => {
      if (joining) return;
      joining = true;
      // Until the fresh snapshot lands, deltas are buffered rather than each asking for another one.
      follower.current = { early: [] };
      socket.emit("board:join", { boardId }, (result) => {
        joining = false;
        if (!active) return;
        if (result.ok) {
          setMissing(false);
          setRefused(undefined);
          step(receiveSnapshot(follower.current, result.snapshot as BoardSnapshot<Data>));
        } else if (result.error.code === "not_allowed" || result.error.code === "unauthenticated") {
          setRefused(result.error.code);
        } else {
          setMissing(result.error.code === "board_not_found");
          // A board appears with its first event (a community registered a moment later): look again,
          // less and less often, so a mistyped address does not ask every few seconds forever.
          retryTimer = setTimeout(join, Math.min(MISSING_RETRY_MS * 2 ** missedJoins, 60_000));
          missedJoins++;
        }
      });
    };
    const onDelta = (delta: BoardDelta) => {
      if (delta.boardId === boardId) step(receiveDelta(follower.current, delta));
    };
    // The server dropped deltas because this connection fell behind: only a fresh snapshot is safe.
    const onResync = ({ boardId: stale }: { boardId: string }) => {
      if (stale === boardId) join();
    };
    const onConnectError = (error: Error) => {
      setConnection("offline");
      if (error.message === HANDSHAKE_UNAUTHENTICATED) setRefused("unauthenticated");
    };
    const onConnect = () => {
      setConnection("live");
      // Whatever happened while we were away, a fresh snapshot covers it.
      join();
    };
    const onDisconnect = (reason?: string) => {
      // An answer to a join sent before the drop will never come; the reconnect joins afresh.
      joining = false;
      setConnection("offline");
      // Socket.IO does not retry by itself after the server ended the session (a restart, a deploy):
      // a wall screen must come back without anyone touching it.
      if (reason === "io server disconnect") setTimeout(() => socket.connect(), 2_000);
    };

    socket.on("board:delta", onDelta);
    socket.on("board:resync", onResync);
    socket.on("connect_error", onConnectError);
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    const onReconnectAttempt = () => onDisconnect();
    socket.io.on("reconnect_attempt", onReconnectAttempt);
    watchStarted(boardId);
    // The connection may have opened between the first render and now, with no "connect" left to see.
    setConnection(socket.connected ? "live" : "connecting");
    if (socket.connected) join();
    return () => {
      active = false;
      clearTimeout(retryTimer);
      socket.off("board:delta", onDelta);
      socket.off("board:resync", onResync);
      socket.off("connect_error", onConnectError);
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.io.off("reconnect_attempt", onReconnectAttempt);
      if (watchEnded(boardId)) socket.emit("board:leave", { boardId });
    };
  }, [boardId, socket]);

  return { board, connection, missing, refused };
}
