import { describe, expect, it } from "vitest";
import { agreement, boardWith, commitment } from "../testing/figures-fixtures.ts";
import { agreementFulfilment, commitmentProgress, communityFulfilment } from "./agreements.ts";

describe("commitment progress", () => {
  it("given verified work, then progress is verified over target, logged work aside", () => {
    expect(commitmentProgress(commitment("c", { targetQuantity: 200, verified: 50, logged: 180 }))).toBe(
      0.25,
    );
  });

  it("given more verified than promised, then progress stops at 1", () => {
    expect(commitmentProgress(commitment("c", { targetQuantity: 5, verified: 7 }))).toBe(1);
  });

  it("given work logged but none verified yet, then progress is 0", () => {
    expect(commitmentProgress(commitment("c", { targetQuantity: 5, logged: 5, verified: 0 }))).toBe(0);
  });
});

describe("agreement fulfilment", () => {
  it("given one commitment struck off and one half done, then half are struck off and progress is three quarters", () => {
    const a = agreement("a1", "u1", [
      commitment("c1", { verified: 100, fulfilledOn: "2025-05-01" }),
      commitment("c2", { verified: 50 }),
    ]);
    expect(agreementFulfilment(a)).toEqual({
      commitments: 2,
      struckOff: 1,
      struckOffRate: 0.5,
      progress: 0.75,
    });
  });

  it("given no commitments, then every figure is 0", () => {
    expect(agreementFulfilment(agreement("a1", "u1", []))).toEqual({
      commitments: 0,
      struckOff: 0,
      struckOffRate: 0,
      progress: 0,
    });
  });
});

describe("community fulfilment", () => {
  it("given signed, draft, terminated and expired agreements, then only the signed ones count", () => {
    const board = boardWith({
      agreements: [
        agreement("a1", "u1", [commitment("c1", { verified: 100, fulfilledOn: "2025-05-01" })]),
        agreement("a2", "u2", [commitment("c2"), commitment("c3", { verified: 20 })]),
        agreement("a3", "u3", [commitment("c4", { verified: 100 })], "draft"),
        agreement("a4", "u4", [commitment("c5")], "terminated"),
        agreement("a5", "u5", [commitment("c6")], "expired"),
      ],
    });
    const fulfilment = communityFulfilment(board);
    expect(fulfilment).toMatchObject({ commitments: 3, struckOff: 1 });
    expect(fulfilment.struckOffRate).toBeCloseTo(1 / 3);
    expect(fulfilment.progress).toBeCloseTo(1.2 / 3);
  });
});
