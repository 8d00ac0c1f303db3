/** What a socket handshake offers to prove who is connecting: the page's cookies, or a token in `auth`. */
export interface Handshake {
  headers: { cookie?: string | undefined; authorization?: string | undefined };
  auth: Record<string, unknown>;
}

/** Whether a viewer may watch a board; "not_served" boards answer as if they did not exist. */
export type WatchVerdict = "allowed" | "not_allowed" | "not_served";
