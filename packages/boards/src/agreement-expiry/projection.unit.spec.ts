import type { AgreementEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import { stored } from "../testing/community-fixtures.ts";
import {
  type AgreementExpiryMonth,
  type AgreementExpiryMonths,
  agreementExpiryProjection as projection,
} from "./projection.ts";

/** Agreements are named after their community: "xf-…" belongs to xf, every other to gm. */
const ids = (agreementId: string) => ({
  agreementId,
  communityId: agreementId.startsWith("xf") ? "xf" : "gm",
  unitId: `unit-${agreementId}`,
});
const drafted = (agreementId: string, termEnd: string): AgreementEvent => ({
  type: "AgreementDrafted",
  data: { ...ids(agreementId), title: "共驻共建协议", termStart: "2025-01-01", termEnd, commitments: [] },
});
const amended = (agreementId: string, termEnd: string): AgreementEvent => ({
  type: "AgreementAmended",
  data: {
    ...ids(agreementId),
    title: "共驻共建协议（修订）",
    termStart: "2025-01-01",
    termEnd,
    commitments: [],
  },
});
const signed = (agreementId: string): AgreementEvent => ({
  type: "AgreementSigned",
  data: {
    ...ids(agreementId),
    signedOn: "2025-01-10",
    communitySignatory: "王书记",
    unitSignatory: "李校长",
  },
});
const terminated = (agreementId: string): AgreementEvent => ({
  type: "AgreementTerminated",
  data: { ...ids(agreementId), terminatedOn: "2025-08-01", reason: "单位搬迁" },
});
const expired = (agreementId: string, expiredOn: string): AgreementEvent => ({
  type: "AgreementExpired",
  data: { ...ids(agreementId), expiredOn },
});

const indexAfter = (...facts: AgreementEvent[]) => {
  const boards = foldBoards([projection], facts.map(stored));
  return {
    months: (boards.get("agreement-expiry:months")?.data as AgreementExpiryMonths | undefined)?.months,
    month: (month: string) =>
      (boards.get(`agreement-expiry:${month}/gm`)?.data as AgreementExpiryMonth | undefined)?.agreements,
  };
};

describe("the agreement expiry index", () => {
  it("given a drafted agreement never signed, then nothing is listed", () => {
    const index = indexAfter(drafted("a1", "2025-12-31"));
    expect(index.months).toBeUndefined();
    expect(index.month("2025-12")).toBeUndefined();
  });

  it("given a signed agreement, then it is listed under the month its term ends, as amended before signing", () => {
    const index = indexAfter(drafted("a1", "2025-12-31"), amended("a1", "2026-01-31"), signed("a1"));
    expect(index.months).toEqual({ "2026-01": { gm: 1 } });
    expect(index.month("2026-01")).toEqual({ a1: "2026-01-31" });
    expect(index.month("2025-12")).toBeUndefined();
  });

  it("given two agreements ending in one month, when one is terminated, then only the other is listed", () => {
    const index = indexAfter(
      drafted("a1", "2025-12-31"),
      drafted("a2", "2025-12-15"),
      signed("a1"),
      signed("a2"),
      terminated("a1"),
    );
    expect(index.months).toEqual({ "2025-12": { gm: 1 } });
    expect(index.month("2025-12")).toEqual({ a2: "2025-12-15" });
  });

  it("given two communities' agreements ending in one month, when one community's ends, then the month lists only the other", () => {
    const index = indexAfter(
      drafted("a1", "2025-12-31"),
      drafted("xf-1", "2025-12-31"),
      signed("a1"),
      signed("xf-1"),
      expired("a1", "2025-12-31"),
    );
    expect(index.months).toEqual({ "2025-12": { xf: 1 } });
    expect(index.month("2025-12")).toEqual({});
  });

  it("given every agreement of a month ended, then the month leaves the index", () => {
    const index = indexAfter(
      drafted("a1", "2025-12-31"),
      drafted("a2", "2026-03-31"),
      signed("a1"),
      signed("a2"),
      terminated("a1"),
      expired("a2", "2026-03-31"),
    );
    expect(index.months).toEqual({});
    expect(index.month("2025-12")).toEqual({});
    expect(index.month("2026-03")).toEqual({});
  });
});
