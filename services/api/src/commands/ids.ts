import { createHash, randomUUID } from "node:crypto";
import { canonicalJson } from "@cobuild/event-store";

/** Formats 16 bytes of a hash as a UUID (version 8: "custom"), so derived ids look like any other. */
const uuidFromHash = (hash: Buffer): string => {
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Event ids for a command. With an idempotency key they are derived from it, so a retried request
 * proposes the very same ids and every store recognises the repeat; without one they are random.
 */
export function eventIdsFor(count: number, streamId: string, idempotencyKey?: string): string[] {
  return Array.from({ length: count }, (_, index) =>
    idempotencyKey
      ? uuidFromHash(createHash("sha256").update(`${idempotencyKey}\u0000${streamId}\u0000${index}`).digest())
      : randomUUID(),
  );
}

/** A stable fingerprint of a command, to tell a true retry from a reused key with another body. */
export function requestHash(command: unknown): string {
  return createHash("sha256").update(canonicalJson(command)).digest("base64url");
}

/** An entity id for a command that did not name one: derived from its idempotency key when it has one. */
export function entityIdFor(scope: string, idempotencyKey?: string): string {
  return idempotencyKey
    ? uuidFromHash(createHash("sha256").update(`${idempotencyKey}\u0000${scope}`).digest())
    : randomUUID();
}
