import { describe, expect, it } from "vitest";
import { watchEnded, watchStarted } from "./socket.ts";

describe("watchers of a board on the shared connection", () => {
  it("given two panels watching one board, when the first stops, then the room is kept; when the second stops, it may be left", () => {
    watchStarted("community:c1");
    watchStarted("community:c1");
    expect(watchEnded("community:c1")).toBe(false);
    expect(watchEnded("community:c1")).toBe(true);
  });

  it("given watchers of different boards, then each board is counted on its own", () => {
    watchStarted("community:a");
    watchStarted("posts:a");
    expect(watchEnded("community:a")).toBe(true);
    expect(watchEnded("posts:a")).toBe(true);
  });
});
