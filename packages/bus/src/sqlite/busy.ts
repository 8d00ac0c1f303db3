import { setTimeout as pause } from "node:timers/promises";

/** SQLite's own busy handler blocks the whole event loop while it waits, so it only gets a short slice. */
export const SYNC_BUSY_WAIT_MS = 50;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * Runs a write, retrying on a timer while another process holds the write lock, for up to `timeoutMs`;
 * other processes' writes are short, so this rarely waits at all.
 */
export async function whileBusy<T>(write: () => T, timeoutMs: number): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return write();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= giveUpAt) throw error;
    }
    await pause(wait);
  }
}
