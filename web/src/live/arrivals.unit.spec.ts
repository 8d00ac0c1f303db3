import { describe, expect, it } from "vitest";
import { newArrivals } from "./arrivals.ts";

describe("new arrivals in a live feed", () => {
  it("given the first look at a feed, then nothing is new", () => {
    expect(newArrivals(undefined, ["a", "b"])).toEqual([]);
  });

  it("given keys seen before, when two more arrive on top, then only those two are new", () => {
    expect(newArrivals(new Set(["a", "b"]), ["d", "c", "a", "b"])).toEqual(["d", "c"]);
  });

  it("given an item that dropped off the end, then nothing is new", () => {
    expect(newArrivals(new Set(["a", "b"]), ["a"])).toEqual([]);
  });
});
