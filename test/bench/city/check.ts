/**
 * The generator's own checks, run on every generation (bench scripts are not collected by vitest): no
 * copy but the demo's keeps an original id, positions run 1..N without a gap, and every stream's revisions
 * run 0..n-1.
 */
import Database from "better-sqlite3";
import type { Originals, Place } from "./rewrite.ts";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const quotedAny = (values: readonly string[]) =>
  values.length === 0 ? /(?!)/ : new RegExp(`"(?:${values.map(escapeRegExp).join("|")})"`);

/** Refuses a rendered event of a copy that still names something of the demo it was copied from. */
export class CopyChecker {
  readonly #entity: RegExp;
  readonly #street: RegExp;
  readonly #streams: Set<string>;

  constructor(originals: Originals) {
    this.#entity = quotedAny(originals.entity);
    this.#street = quotedAny(originals.street);
    this.#streams = originals.streams;
  }

  check({ copy, street }: Place, streamId: string, data: string, meta: string): void {
    if (copy === 0) return;
    const where = `copy ${copy}, stream ${streamId}`;
    if (this.#streams.has(streamId)) throw new Error(`${where}: the demo's own stream id survived`);
    const entity = this.#entity.exec(data) ?? this.#entity.exec(meta);
    if (entity) throw new Error(`${where}: original id ${entity[0]} survived`);
    const streetId = street === 0 ? null : (this.#street.exec(data) ?? this.#street.exec(meta));
    if (streetId) throw new Error(`${where}: original street ${streetId[0]} survived`);
  }
}

/** Checks the written file: positions 1..expected, every stream's revisions 0..n-1. */
export function checkLog(path: string, expected: number): void {
  const db = new Database(path, { readonly: true });
  try {
    const span = db
      .prepare<[], { n: number; lo: number; hi: number }>(
        "SELECT COUNT(*) AS n, MIN(position) AS lo, MAX(position) AS hi FROM events",
      )
      .get();
    if (!span || span.n !== expected || span.lo !== 1 || span.hi !== expected) {
      throw new Error(`positions are not 1..${expected}: ${JSON.stringify(span)}`);
    }
    const broken = db
      .prepare<[], { stream_id: string }>(
        "SELECT stream_id FROM events GROUP BY stream_id HAVING MIN(revision) <> 0 OR MAX(revision) <> COUNT(*) - 1 LIMIT 1",
      )
      .get();
    if (broken) throw new Error(`stream ${broken.stream_id} has a gap in its revisions`);
  } finally {
    db.close();
  }
}
