import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyOpsInPlace,
  BoardChanges,
  type BoardOp,
  type BoardSnapshot,
  type StoredAs,
} from "@cobuild/boards";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WHOLE_BOARD_BYTES } from "./board-parts.ts";
import { SqliteBoardStore } from "./sqlite-board-store.ts";

/** A small seeded generator, so a failing sequence can be run again. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

/**
 * Ops of every shape the projections send: whole fields (scalars, records, capped lists), entries of
 * records added, changed deep inside, removed and set again, integer-like keys (which JavaScript orders
 * first) and "__proto__" as a key. Entries are long enough to push the board past the whole-board size,
 * and removals bring it back under.
 */
const randomOps = (next: () => number, count: number): BoardOp[] => {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const fields = ["name", "units", "days", "recent", "totals", "__proto__"];
  const entries = ["u1", "u2", "u3", "10", "2", "x-9", "__proto__", "b", "a"];
  // Sized from the threshold, so a few entries push the board past it and removals bring it back.
  const text = () => "长".repeat(Math.floor(next() * (WHOLE_BOARD_BYTES / 9)));
  const ops: BoardOp[] = [];
  for (let i = 0; i < count; i++) {
    const field = pick(fields);
    const roll = next();
    if (roll < 0.08) ops.push({ op: "unset", path: [field] });
    else if (roll < 0.12) ops.push({ op: "set", path: [field], value: pick([text(), 7, null, [1, 2], {}]) });
    else if (roll < 0.2) ops.push({ op: "set", path: [field], value: { [pick(entries)]: text(), z: 1 } });
    else if (roll < 0.24) ops.push({ op: "unshift", path: [field], value: text(), max: 3 });
    else if (roll < 0.5) ops.push({ op: "unset", path: [field, pick(entries)] });
    else if (roll < 0.8) ops.push({ op: "set", path: [field, pick(entries)], value: { note: text(), n: i } });
    else if (roll < 0.9) ops.push({ op: "set", path: [field, pick(entries), "note"], value: text() });
    else ops.push({ op: "unshift", path: [field, pick(entries)], value: i, max: 4 });
  }
  return ops;
};

describe("boards stored in parts", () => {
  let dir: string;
  let store: SqliteBoardStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "board-parts-"));
    store = new SqliteBoardStore(join(dir, "boards.sqlite"));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("given random ops committed in random batches, when the board is read back after each commit, then it is the working copy byte for byte, keys in the same order", () => {
    const sizes = new Set<StoredAs>();
    let position = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const boardId = `b:${seed}`;
      let board: BoardSnapshot = { boardId, version: 0, data: { name: "", units: {} } };
      let stored: StoredAs = "none";
      let changes = new BoardChanges();
      changes.whole = true;
      for (let batch = 0; batch < 40; batch++) {
        for (const op of randomOps(next, 1 + Math.floor(next() * 20))) {
          board.version++;
          board.data = applyOpsInPlace(board.data, [op], changes.note);
        }
        const [written] = store.commit({
          name: "boards",
          previous: position,
          position: position + 1,
          boards: [{ board, changes, stored }],
        });
        position++;
        stored = written?.stored ?? stored;
        sizes.add(stored);
        const read = store.load(boardId);
        expect(JSON.stringify(read?.board.data)).toBe(JSON.stringify(board.data));
        expect(read?.stored).toBe(stored);
        changes = new BoardChanges();
        // Now and then the working copy is dropped and read back, as the projector's cache does.
        if (next() < 0.3 && read) board = read.board;
      }
    }
    // Both ways of storing were used, and boards moved between them.
    expect([...sizes].sort()).toEqual(["parts", "whole"]);
  });

  it("given a board past the whole-board size, when one entry changes, then only that entry's part is written again", () => {
    const entry = "字".repeat(WHOLE_BOARD_BYTES / 32);
    const big = { units: Object.fromEntries([...Array(40).keys()].map((i) => [`u${i}`, entry])) };
    expect(JSON.stringify(big).length).toBeGreaterThan(WHOLE_BOARD_BYTES);
    const board: BoardSnapshot = { boardId: "b:big", version: 1, data: big };
    const [first] = store.commit({ name: "boards", previous: 0, position: 1, boards: [board] });
    expect(first?.stored).toBe("parts");
    const changes = new BoardChanges();
    board.version++;
    board.data = applyOpsInPlace(
      board.data,
      [{ op: "set", path: ["units", "u41"], value: "新" }],
      changes.note,
    );
    const db = new Database(join(dir, "boards.sqlite"), { readonly: true });
    const rowids = () =>
      db.prepare("SELECT entry, rowid FROM board_entries WHERE board_id = 'b:big'").all() as {
        entry: string;
        rowid: number;
      }[];
    const before = new Map(rowids().map(({ entry, rowid }) => [entry, rowid]));
    const [second] = store.commit({
      name: "boards",
      previous: 1,
      position: 2,
      boards: [{ board, changes, stored: "parts" }],
    });
    // Only the new entry was written: the forty others keep their rows.
    expect(second).toEqual({ bytes: JSON.stringify("新").length, whole: false, stored: "parts" });
    const after = rowids();
    expect(after.filter(({ entry, rowid }) => before.get(entry) !== rowid).map(({ entry }) => entry)).toEqual(
      ["u41"],
    );
    expect(JSON.stringify(store.load("b:big")?.board.data)).toBe(JSON.stringify(board.data));
    db.close();
  });

  it("given a file written before boards had parts (every board whole in its row), when it is read, then the boards are as written", () => {
    const path = join(dir, "old.sqlite");
    const old = new Database(path);
    old.exec(
      "CREATE TABLE boards (board_id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);" +
        "CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);",
    );
    const data = { units: Object.fromEntries([...Array(60).keys()].map((i) => [`u${i}`, "字".repeat(200)])) };
    old.prepare("INSERT INTO boards VALUES ('b:old', 3, ?)").run(JSON.stringify(data));
    old.close();
    const reopened = new SqliteBoardStore(path);
    expect(reopened.load("b:old")).toEqual({
      board: { boardId: "b:old", version: 3, data },
      bytes: JSON.stringify(data).length,
      stored: "whole",
    });
    reopened.close();
  });
});
