import type { ConnectionState } from "../boards/use-board.ts";

/**
 * One state for several boards followed on the same page: offline if any is, connecting while any is,
 * live only when all are. The page must never claim "live" for figures that may be stale.
 */
export function worstConnection(states: readonly ConnectionState[]): ConnectionState {
  if (states.includes("offline")) return "offline";
  if (states.includes("connecting")) return "connecting";
  return "live";
}
