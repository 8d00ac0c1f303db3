import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { drafted, logged, signed } from "../testing/agreements-fixtures.ts";
import { agreementDecider } from "./decider.ts";
import type { AgreementEvent } from "./events.ts";
import { agreementProgress, commitmentProgress, isFulfilled } from "./progress.ts";
import type { AgreementState } from "./state.ts";

const signedState = (state: AgreementState) => {
  if (state.status !== "signed") throw new Error(`expected a signed agreement, got ${state.status}`);
  return state;
};

/** Progress of every commitment, read the way a board reads it. */
const progressOf = (state: AgreementState) => {
  const { agreement, logged: totals } = signedState(state);
  return agreement.commitments.map((commitment) => ({
    logged: totals.get(commitment.commitmentId) ?? 0,
    target: commitment.targetQuantity,
  }));
};

describe("agreement evolve", () => {
  it("starts empty, then holds the draft", () => {
    expect(fold(agreementDecider, [])).toEqual({ status: "none" });
    expect(fold(agreementDecider, [drafted()])).toEqual({ status: "draft", agreement: drafted().data });
  });

  it("on signing, records the signature and zero progress for every commitment", () => {
    const state = signedState(fold(agreementDecider, [drafted(), signed()]));
    expect(state.signature).toEqual({
      signedOn: "2025-01-10",
      communitySignatory: "王书记",
      unitSignatory: "李校长",
    });
    expect([...state.logged]).toEqual([
      ["trees", 0],
      ["rubbish", 0],
    ]);
    expect(state.contributionIds.size).toBe(0);
  });

  it("adds each contribution to its commitment's total and remembers its id", () => {
    const state = signedState(
      fold(agreementDecider, [
        drafted(),
        signed(),
        logged({ contributionId: "c-1", quantity: 20 }),
        logged({ contributionId: "c-2", quantity: 30.5 }),
        logged({ contributionId: "c-3", commitmentId: "rubbish", quantity: 0.1 }),
        logged({ contributionId: "c-4", commitmentId: "rubbish", quantity: 0.2 }),
      ]),
    );
    expect(state.logged.get("trees")).toBe(50.5);
    expect(state.logged.get("rubbish")).toBe(0.3);
    expect([...state.contributionIds]).toEqual(["c-1", "c-2", "c-3", "c-4"]);
  });

  it("does not change earlier states when folding further", () => {
    const before = signedState(fold(agreementDecider, [drafted(), signed()]));
    agreementDecider.evolve(before, logged());
    expect(before.logged.get("trees")).toBe(0);
    expect(before.contributionIds.size).toBe(0);
  });

  it("ignores events that cannot follow the current status", () => {
    expect(fold(agreementDecider, [signed()])).toEqual({ status: "none" });
    expect(fold(agreementDecider, [drafted(), logged()])).toEqual({
      status: "draft",
      agreement: drafted().data,
    });
  });
});

describe("progress follows contributions", () => {
  it("moves from 0 to fulfilled as contributions are logged", () => {
    const history: AgreementEvent[] = [drafted(), signed()];
    expect(agreementProgress(progressOf(fold(agreementDecider, history)))).toBe(0);

    history.push(logged({ contributionId: "c-1", quantity: 100 }));
    expect(agreementProgress(progressOf(fold(agreementDecider, history)))).toBe(0.25);

    history.push(logged({ contributionId: "c-2", commitmentId: "rubbish", quantity: 0.1 }));
    history.push(logged({ contributionId: "c-3", commitmentId: "rubbish", quantity: 0.2 }));
    history.push(logged({ contributionId: "c-4", commitmentId: "rubbish", quantity: 0.2 }));
    const [trees, rubbish] = progressOf(fold(agreementDecider, history));
    expect(rubbish).toEqual({ logged: 0.5, target: 0.5 });
    expect(rubbish && isFulfilled(rubbish.logged, rubbish.target)).toBe(true);
    expect(trees && commitmentProgress(trees.logged, trees.target)).toBe(0.5);

    history.push(logged({ contributionId: "c-5", quantity: 150 }));
    expect(agreementProgress(progressOf(fold(agreementDecider, history)))).toBe(1);
  });
});
