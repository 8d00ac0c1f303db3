import { describe, expect, it } from "vitest";
import { addQuantities } from "../shared/quantities.ts";
import { agreementProgress, commitmentProgress, isFulfilled } from "./progress.ts";

describe("addQuantities", () => {
  it("adds two-decimal quantities exactly", () => {
    expect(addQuantities(0.1, 0.2)).toBe(0.3);
    expect(addQuantities(0.7, 0.1)).toBe(0.8);
    expect(addQuantities(1.01, 2.02)).toBe(3.03);
    expect(addQuantities(0, 0)).toBe(0);
  });

  it("stays exact over many small additions", () => {
    const total = Array.from({ length: 1000 }, () => 0.01).reduce(addQuantities, 0);
    expect(total).toBe(10);
  });

  it("stays exact at the largest quantities", () => {
    expect(addQuantities(9_999_999.99, 9_999_999.99)).toBe(19_999_999.98);
  });
});

describe("commitmentProgress", () => {
  it("is the logged share of the target", () => {
    expect(commitmentProgress(0, 200)).toBe(0);
    expect(commitmentProgress(50, 200)).toBe(0.25);
    expect(commitmentProgress(200, 200)).toBe(1);
  });

  it("is capped at 1 when more was done than promised", () => {
    expect(commitmentProgress(260, 200)).toBe(1);
  });

  it("reaches 1 exactly for sums that drift in floating point", () => {
    expect(commitmentProgress(0.1 + 0.2, 0.3)).toBe(1);
    expect(commitmentProgress(0.7 + 0.1, 0.8)).toBe(1);
  });

  it("never goes below 0 and treats an empty target as met", () => {
    expect(commitmentProgress(-5, 10)).toBe(0);
    expect(commitmentProgress(0, 0)).toBe(1);
  });
});

describe("isFulfilled", () => {
  it("is true once the logged quantity reaches the target", () => {
    expect(isFulfilled(199, 200)).toBe(false);
    expect(isFulfilled(200, 200)).toBe(true);
    expect(isFulfilled(201.5, 200)).toBe(true);
  });

  it("is not fooled by floating-point drift", () => {
    expect(0.7 + 0.1 >= 0.8).toBe(false);
    expect(isFulfilled(0.7 + 0.1, 0.8)).toBe(true);
    expect(isFulfilled(0.1 + 0.2, 0.3)).toBe(true);
  });
});

describe("agreementProgress", () => {
  it("is 0 for an agreement without commitments", () => {
    expect(agreementProgress([])).toBe(0);
  });

  it("is the mean of capped commitment progress", () => {
    expect(
      agreementProgress([
        { logged: 100, target: 200 },
        { logged: 0, target: 5 },
      ]),
    ).toBe(0.25);
    // The 300 % commitment counts as 100 %, so it cannot hide the one not started.
    expect(
      agreementProgress([
        { logged: 150, target: 50 },
        { logged: 0, target: 5 },
      ]),
    ).toBe(0.5);
  });

  it("is exactly 1 when every commitment is fulfilled", () => {
    expect(
      agreementProgress([
        { logged: 0.1 + 0.2, target: 0.3 },
        { logged: 60, target: 50 },
      ]),
    ).toBe(1);
  });
});
