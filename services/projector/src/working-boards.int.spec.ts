import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WorkingBoards } from "./working-boards.ts";

describe("the projector's working boards", () => {
  let dir: string;
  let store: SqliteBoardStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "working-boards-"));
    store = new SqliteBoardStore(join(dir, "boards.sqlite"));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const board = (boardId: string) => ({ boardId, version: 1, data: { n: 1 } });
  const added = (working: WorkingBoards, boardId: string) => {
    const made = board(boardId);
    working.add(made);
    return made;
  };

  it("given boards weighing more than the bound, when a batch commits, then the least recently used go and the rest stay the same objects", () => {
    // Each board's JSON is 100 bytes long as written; the bound holds ten of them.
    const working = new WorkingBoards(store, 1_000);
    const written = (count: number) => Array(count).fill({ bytes: 100, whole: true });
    for (let i = 0; i < 9; i++) added(working, `b:${i}`);
    working.committed(written(9));
    expect(working.bytes()).toBe(900);
    // The next batch uses the first three again and brings three new ones: 1,200 bytes, 200 over the bound.
    const reused = ["b:0", "b:1", "b:2"].map((id) => working.get(id));
    for (let i = 9; i < 12; i++) added(working, `b:${i}`);
    working.committed(written(3));
    // Trimmed to 900 bytes: the three least recently used went.
    expect(working.bytes()).toBe(900);
    // Boards never stored cannot be loaded back, so what get() finds is what is still held.
    const held = [...Array(12).keys()].filter((i) => working.get(`b:${i}`) !== undefined);
    expect(held).toEqual([0, 1, 2, 6, 7, 8, 9, 10, 11]);
    expect(["b:0", "b:1", "b:2"].map((id) => working.get(id))).toEqual(reused);
    expect(working.get("b:0")).toBe(reused[0]);
  });

  it("given a board the file lacks, when it is asked for again, then the file is not read again until it is added", () => {
    const working = new WorkingBoards(store);
    expect(working.get("b:new")).toBeUndefined();
    // Written behind the working set's back (no other process does this): the answer stays "missing".
    store.commit({ name: "boards", previous: 0, position: 1, boards: [board("b:new")] });
    expect(working.get("b:new")).toBeUndefined();
    const made = added(working, "b:new");
    expect(working.get("b:new")).toBe(made);
    // clear() (another process wrote the file) forgets what was missing as well.
    working.clear();
    expect(working.get("b:new")).toEqual(board("b:new"));
  });

  it("given a batch that changed a board in place, when the commit fails, then the copy is dropped and read again from the file", () => {
    store.commit({ name: "boards", previous: 0, position: 1, boards: [board("b:x")] });
    const working = new WorkingBoards(store);
    const copy = working.get("b:x");
    if (!copy) throw new Error("board not loaded");
    copy.version = 2;
    copy.data = { n: 99 };
    working.touched(copy)("n", undefined, "kept");
    working.discard();
    expect(working.get("b:x")).toEqual({ boardId: "b:x", version: 1, data: { n: 1 } });
    expect(working.get("b:x")).not.toBe(copy);
  });
});
