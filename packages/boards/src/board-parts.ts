import type { BoardSnapshot } from "./protocol/messages.ts";
import type { OnPart, PartHow } from "./protocol/ops.ts";

/**
 * What changed in a board since it was stored, so that writing a big board costs what the change
 * touched, not what the board has gathered. A big board is stored in parts: each top-level field is a
 * part, and a field holding a record (a plain object: units by id, a day's audit entries by position) is
 * stored one entry per part instead. A board written once per batch then writes the few entries its events
 * touched, however many it holds. (Small boards are stored whole, in one piece: see the board store.)
 *
 * Key order survives the round trip: parts are read back in the order they were first written, which is
 * the order JavaScript gives the keys (a key set again stays where it was; a key removed and set again
 * goes last). So a board read back from parts is byte for byte the board that was written.
 */
export class BoardChanges {
  /** Every part must be written: the store has no such board, or the caller replaces it. */
  whole = false;
  /** Top-level fields changed as a whole, in the order their last move happened. */
  readonly fields = new Map<string, PartWrite>();
  /** Entries of record fields, per field; a field written whole covers its entries. */
  readonly entries = new Map<string, Map<string, PartWrite>>();

  /** Hears one op's part (an `applyOpsInPlace` listener, bound once per board and batch). */
  readonly note: OnPart = (field, entry, how) => {
    if (this.whole) return;
    if (entry === undefined) {
      this.entries.delete(field);
      merge(this.fields, field, how);
      return;
    }
    if (this.fields.has(field)) return;
    let entries = this.entries.get(field);
    if (!entries) {
      entries = new Map();
      this.entries.set(field, entries);
    }
    merge(entries, entry, how);
  };
}

/**
 * How a part must be written: `kept` in its place, `added` (it was not stored: inserted last), `moved`
 * (stored, then removed and set again: deleted and inserted last), or `removed`.
 */
export type PartWrite = "kept" | "added" | "moved" | "removed";

/**
 * `moved` and `removed` replace what was noted (and a move goes to the end, keeping the order of moves);
 * `kept` never undoes a move or a removal noted before it. A part moved before anything else was noted was
 * not stored (it did not exist before the op), so it is only added.
 */
const merge = (noted: Map<string, PartWrite>, key: string, how: PartHow): void => {
  const before = noted.get(key);
  if (how === "kept") {
    if (before === undefined) noted.set(key, how);
    return;
  }
  noted.delete(key);
  noted.set(key, how === "moved" && (before === undefined || before === "added") ? "added" : how);
};

/**
 * How a board is stored now: not at all, whole (one piece), or in parts. The projector knows it from
 * reading or writing the board, and tells the store, which then writes only what it must.
 */
export type StoredAs = "none" | "whole" | "parts";

/** A board changed since it was last stored, and how; no `changes` means: write all of it. */
export interface ChangedBoard {
  board: BoardSnapshot;
  changes?: BoardChanges;
  /** How the store holds the board now; unknown (undefined) is treated as possibly in parts. */
  stored?: StoredAs;
}
