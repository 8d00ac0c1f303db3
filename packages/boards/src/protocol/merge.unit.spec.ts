import { describe, expect, it } from "vitest";
import { mergeDeltas } from "./merge.ts";
import type { BoardDelta } from "./messages.ts";
import { applyOps } from "./ops.ts";

const delta = (version: number, value: number): BoardDelta => ({
  boardId: "community:c1",
  version,
  ops: [{ op: "unshift", path: ["recent"], value, max: 3 }],
});

describe("merging a burst of deltas", () => {
  it("given deltas 4, 5 and 6, when merged, then one delta from 3 to 6 gives the same board as applying each", () => {
    const burst = [delta(4, 4), delta(5, 5), delta(6, 6)];
    const [merged, ...rest] = mergeDeltas(burst);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ boardId: "community:c1", from: 3, version: 6 });
    const start = { recent: [3, 2, 1] };
    const oneByOne = burst.reduce((board, d) => applyOps(board, d.ops), start);
    expect(applyOps(start, merged?.ops ?? [])).toEqual(oneByOne);
  });

  it("given a missing version in the run, when merged, then the run is split there", () => {
    const merged = mergeDeltas([delta(4, 4), delta(5, 5), delta(7, 7)]);
    expect(merged.map((d) => [d.from ?? d.version - 1, d.version])).toEqual([
      [3, 5],
      [6, 7],
    ]);
  });

  it("given one delta, when merged, then it is passed on unchanged", () => {
    expect(mergeDeltas([delta(4, 4)])).toEqual([delta(4, 4)]);
  });
});
