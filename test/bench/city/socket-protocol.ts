/** Messages between the fan-out bench and its socket-clients process (over Node's IPC channel). */

/** Parent → clients: connect and watch. `board` joins a product board; `bare` listens for `tick`. */
export interface ConnectOrder {
  type: "connect";
  mode: "board" | "bare";
  url: string;
  clients: number;
  /** How many messages may arrive (ids 0..slots-1). */
  slots: number;
  /** Board mode: the session token and the board to join; contribution ids are `${prefix}${index}`. */
  token?: string;
  boardId?: string;
  prefix?: string;
}

/** Parent → clients: how many deliveries so far, or the send times to score against (then disconnect). */
export type ParentMessage =
  | ConnectOrder
  | { type: "progress" }
  | { type: "finish"; sentAt: (number | null)[] };

/** What the clients saw, scored against the parent's send times. */
export interface FanoutResult {
  clients: number;
  expected: number;
  delivered: number;
  missed: number;
  duplicated: number;
  resyncs: number;
  messages: number;
  p50: number;
  p99: number;
  max: number;
}

export type ChildMessage =
  | { type: "ready"; connected: number; failed: number }
  | { type: "progress"; delivered: number }
  | ({ type: "result" } & FanoutResult);

/** The bare server's broadcast: a sequence number and ~1 KB of filler, like a board delta. */
export interface Tick {
  seq: number;
  payload: string;
}
