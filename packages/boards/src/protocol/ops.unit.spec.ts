import { describe, expect, it } from "vitest";
import { applyOps } from "./ops.ts";

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
