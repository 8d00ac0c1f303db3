import { WrongExpectedRevisionError } from "./errors.ts";
import type { ExpectedRevision } from "./port.ts";

/**
 * Throws WrongExpectedRevisionError unless the stream's last revision (`current`, -1 when it has no
 * events) is what the writer expected. Every store checks with this, so they refuse alike.
 */
export function checkExpected(streamId: string, expected: ExpectedRevision, current: number): void {
  const exists = current >= 0;
  const accepted =
    expected === "any" ||
    (expected === "no_stream" && !exists) ||
    (expected === "stream_exists" && exists) ||
    expected === current;
  if (!accepted) throw new WrongExpectedRevisionError(streamId, expected, exists ? current : "no_stream");
}
