import type { EventBus } from "../port.ts";

/** What the suite's factory returns: a fresh bus for one test. */
export interface BusUnderTest {
  bus: EventBus;
  /** A second client of the same broker or file: another process, in effect. Absent for the in-process bus. */
  connectAnother?(): Promise<EventBus>;
  /** Closes every bus it made (a test may have closed some already) and removes temp files. */
  cleanup(): Promise<void>;
}

/** What the conformance cases need: the bus under test and a topic no other test uses. */
export interface BusContext {
  subject(): BusUnderTest;
  topic(): string;
}

/**
 * Brokers rebalance a group in seconds, so waits are generous; a bus that delivers in milliseconds
 * finishes them in milliseconds.
 */
export const WAIT = { timeout: 30_000, interval: 20 };
/** A test that waits for delivery more than once may need more than the project's default timeout. */
export const TEST_TIMEOUT = 90_000;

/** `count` messages spread over `keys` keys, in publish order. */
export function keyedMessages(count: number, keys: number): { key: string; n: number }[] {
  return Array.from({ length: count }, (_, n) => ({ key: `key-${n % keys}`, n }));
}

/** For each key, the message numbers in the order they appear in `handled`. */
export function orderPerKey(handled: readonly { key: string; n: number }[]): Map<string, number[]> {
  const perKey = new Map<string, number[]>();
  for (const { key, n } of handled) perKey.set(key, [...(perKey.get(key) ?? []), n]);
  return perKey;
}
