import type { BoardDelta } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { DeltaCoalescer } from "./coalescer.ts";

const delta = (version: number, boardId = "community:c1"): BoardDelta => ({
  boardId,
  version,
  ops: [{ op: "set", path: ["v"], value: version }],
});

/** A coalescer on a hand-driven clock: timers run when the test moves time past them. */
function harness(windowMs = 50) {
  let time = 1_000;
  const timers: { at: number; run: () => void }[] = [];
  const sent: BoardDelta[] = [];
  const coalescer = new DeltaCoalescer({
    emit: (d) => sent.push(d),
    windowMs,
    now: () => time,
    setTimer: (run, ms) => timers.push({ at: time + ms, run }),
  });
  const advance = (ms: number) => {
    time += ms;
    for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (timer.at <= time) timer.run();
      else timers.push(timer);
    }
  };
  return { coalescer, sent, advance };
}

describe("coalescing a board's deltas", () => {
  it("given a quiet board, when one delta arrives, then it is sent at once", () => {
    const { coalescer, sent } = harness();
    coalescer.push(delta(1));
    expect(sent).toEqual([delta(1)]);
  });

  it("given a delta just sent, when a burst follows within the window, then the burst goes out as one merged delta when the window ends", () => {
    const { coalescer, sent, advance } = harness();
    coalescer.push(delta(1));
    for (let v = 2; v <= 50; v++) coalescer.push(delta(v));
    expect(sent).toHaveLength(1);
    advance(50);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ from: 1, version: 50 });
    expect(sent[1]?.ops).toHaveLength(49);
  });

  it("given two boards, when both are busy, then each is merged on its own", () => {
    const { coalescer, sent, advance } = harness();
    coalescer.push(delta(1, "community:a"));
    coalescer.push(delta(1, "community:b"));
    coalescer.push(delta(2, "community:a"));
    coalescer.push(delta(2, "community:b"));
    advance(50);
    expect(sent.map((d) => `${d.boardId}@${d.version}`)).toEqual([
      "community:a@1",
      "community:b@1",
      "community:a@2",
      "community:b@2",
    ]);
  });

  it("given deltas waiting, when flushed on shutdown, then none is lost", () => {
    const { coalescer, sent } = harness();
    coalescer.push(delta(1));
    coalescer.push(delta(2));
    coalescer.push(delta(3));
    coalescer.flushAll();
    expect(sent.at(-1)).toMatchObject({ from: 1, version: 3 });
  });
});
