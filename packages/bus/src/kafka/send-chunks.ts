/** A message as kafkajs sends it. */
export interface WireMessage {
  key: string;
  value: string | null;
}

/**
 * What one send may carry. kafkajs puts a send's messages for one partition in one record batch, and the
 * broker refuses a record batch above `message.max.bytes` (1 MiB by default) whole; half of that leaves
 * room for record headers and a broker configured a little lower.
 */
export const MAX_SEND_BYTES = 512 * 1024;

/**
 * Splits messages, in order, into runs whose keys and values together stay within `maxBytes`. A message
 * larger than that on its own goes alone: the broker decides whether it fits, as for a single publish.
 */
export function sendChunks(messages: readonly WireMessage[], maxBytes: number): WireMessage[][] {
  const chunks: WireMessage[][] = [];
  let chunk: WireMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size =
      Buffer.byteLength(message.key) + (message.value === null ? 0 : Buffer.byteLength(message.value));
    if (chunk.length > 0 && bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(message);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
