import { describe, expect, it } from "vitest";
import { sameJson } from "./summary.ts";

describe("comparing summaries", () => {
  it("given the same values with keys in another order, then they are the same", () => {
    const stored = { b: [1, { y: "2025-06", x: 2 }], a: { "2025-06-01": { handouts: 1, donations: 0 } } };
    const fresh = { a: { "2025-06-01": { donations: 0, handouts: 1 } }, b: [1, { x: 2, y: "2025-06" }] };
    expect(sameJson(stored, fresh)).toBe(true);
  });

  it("given one figure, list order or key that differs, then they are not the same", () => {
    expect(sameJson({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(sameJson({ d: ["2025-06-01", "2025-07-01"] }, { d: ["2025-07-01", "2025-06-01"] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});
