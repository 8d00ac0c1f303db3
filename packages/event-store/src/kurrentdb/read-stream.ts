import {
  type KurrentDBClient,
  type RecordedEvent as KurrentRecordedEvent,
  type ReadStreamOptions,
  StreamDeletedError,
  StreamNotFoundError,
} from "@kurrent/kurrentdb-client";

/** The events of one stream as KurrentDB returns them; a stream that does not exist (or no longer) reads as empty. */
export async function readStreamEvents(
  client: KurrentDBClient,
  streamId: string,
  options: ReadStreamOptions,
): Promise<KurrentRecordedEvent[]> {
  const events: KurrentRecordedEvent[] = [];
  try {
    for await (const { event } of client.readStream(streamId, options)) {
      if (event !== undefined) events.push(event);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
    throw error;
  }
  return events;
}
