import { describe, expect, it } from "vitest";
import { applyOps, applyOpsInPlace, type BoardOp } from "./ops.ts";

describe("applying board ops", () => {
  it("given a document, when a value is set deep in a missing branch, then the branch is created", () => {
    expect(applyOps({}, [{ op: "set", path: ["a", "b"], value: 1 }])).toEqual({ a: { b: 1 } });
  });

  it("given a document, when a key is unset, then only that key goes", () => {
    expect(applyOps({ a: 1, b: 2 }, [{ op: "unset", path: ["a"] }])).toEqual({ b: 2 });
  });

  it("given a capped list, when an item is unshifted past the cap, then the oldest falls off", () => {
    const doc = { recent: [2, 1] };
    expect(applyOps(doc, [{ op: "unshift", path: ["recent"], value: 3, max: 2 }])).toEqual({
      recent: [3, 2],
    });
  });

  it("given a document, when ops are applied, then the original is untouched and untouched branches are shared", () => {
    const doc = { a: { x: 1 }, b: { y: 2 } };
    const next = applyOps(doc, [{ op: "set", path: ["a", "x"], value: 9 }]);
    expect(doc).toEqual({ a: { x: 1 }, b: { y: 2 } });
    expect(next.b).toBe(doc.b);
    expect(next.a).toEqual({ x: 9 });
  });

  it("given a list, when an index is set, then it is replaced in a copy", () => {
    const doc = { list: [1, 2, 3] };
    expect(applyOps(doc, [{ op: "set", path: ["list", 1], value: 20 }])).toEqual({ list: [1, 20, 3] });
  });

  it("given a key that names an Object.prototype member, when it is set, then it is stored as plain data", () => {
    const doc = applyOps({ units: {} }, [
      { op: "set", path: ["units", "__proto__", "name"], value: "x" },
      { op: "set", path: ["units", "constructor", "name"], value: "y" },
    ]);
    expect(Object.getPrototypeOf(doc.units)).toBe(Object.prototype);
    expect(JSON.stringify(doc)).toBe('{"units":{"__proto__":{"name":"x"},"constructor":{"name":"y"}}}');
  });
});

describe("applying board ops in place (the projector's working boards)", () => {
  const paths: (string | number)[][] = [
    ["a"],
    ["a", "x"],
    ["a", "y", "z"],
    ["list"],
    ["list", 0],
    ["list", 1, "k"],
    ["b", "__proto__", "n"],
    ["recent"],
  ];
  /** A deterministic pseudo-random op sequence, so a failure can be replayed. */
  const opsFrom = (seed: number, count: number): BoardOp[] => {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % n;
    };
    return Array.from({ length: count }, (): BoardOp => {
      const path = paths[next(paths.length)] ?? ["a"];
      const kind = next(4);
      if (kind === 0) return { op: "unset", path };
      if (kind === 1) return { op: "unshift", path, value: { n: next(9) }, max: 3 };
      const value = next(2) === 0 ? next(100) : { x: next(5), deep: { v: next(5) } };
      return { op: "set", path, value: kind === 2 ? value : [value, next(3)] };
    });
  };

  it("given any op sequence, when applied in place, then the document equals the copying result, key order included", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const ops = opsFrom(seed, 25);
      const start = () => ({ a: { x: 1 }, list: [1, { k: 2 }], recent: [] });
      const copied = applyOps(start(), ops);
      const inPlace = applyOpsInPlace(start(), ops);
      expect(JSON.stringify(inPlace), `seed ${seed}`).toBe(JSON.stringify(copied));
    }
  });

  it("given a value set from an op, when a later op changes the board there, then the op's value is untouched", () => {
    const value = { count: 1 };
    const op: BoardOp = { op: "set", path: ["totals"], value };
    const board = applyOpsInPlace({}, [op, { op: "set", path: ["totals", "count"], value: 2 }]);
    expect(board).toEqual({ totals: { count: 2 } });
    expect(value).toEqual({ count: 1 });
  });

  it("given a board, when ops are applied in place, then the same object is changed and returned", () => {
    const board = { a: { x: 1 } };
    const result = applyOpsInPlace(board, [{ op: "set", path: ["a", "x"], value: 2 }]);
    expect(result).toBe(board);
    expect(board.a.x).toBe(2);
  });
});
