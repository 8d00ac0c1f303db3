import { describe, expect, it } from "vitest";
import { pagesOf, turn } from "./rotation.ts";

describe("the wall screen's rotating pages", () => {
  it("given 14 units and 6 per page, then there are three pages, the last with two", () => {
    const pages = pagesOf(
      Array.from({ length: 14 }, (_, i) => i),
      6,
    );
    expect(pages.map((p) => p.length)).toEqual([6, 6, 2]);
    expect(pages[2]).toEqual([12, 13]);
  });

  it("given no units, then there are no pages", () => {
    expect(pagesOf([], 6)).toEqual([]);
  });

  it("given the last page, when turning on, then it wraps to the first; and back from the first to the last", () => {
    expect(turn(2, 3)).toBe(0);
    expect(turn(0, 3, -1)).toBe(2);
  });

  it("given no pages, then the page is always the first", () => {
    expect(turn(5, 0)).toBe(0);
  });
});
