import type { BatchHandler, MessageHandler } from "./port.ts";

/** Delivery loops deal in batches; a one-message handler is a batch handler of batches of one. */
export function oneAtATime(handler: MessageHandler<unknown>): BatchHandler<unknown> {
  return (messages) => handler(messages[0]);
}

/** Refuses a batch size the port does not allow, before anything subscribes. */
export function checkedMaxBatch(maxBatch: number): number {
  if (!Number.isInteger(maxBatch) || maxBatch < 1)
    throw new RangeError(`maxBatch must be a positive integer (got ${maxBatch})`);
  return maxBatch;
}
