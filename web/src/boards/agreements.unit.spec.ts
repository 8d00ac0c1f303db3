import type { BoardAgreement } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { currentAgreement } from "./agreements.ts";

const agreement = (agreementId: string, termStart: string, status: "draft" | "signed"): BoardAgreement => ({
  agreementId,
  unitId: "u1",
  title: agreementId,
  status,
  termStart,
  termEnd: `${termStart.slice(0, 4)}-12-31`,
  signedOn: null,
  meetingId: null,
  commitments: {},
});

describe("the agreement a unit works under", () => {
  it("given last year's signed agreement and next year's draft, then this year's signed one is current", () => {
    const list = [agreement("a2025", "2025-01-01", "signed"), agreement("a2026", "2026-01-01", "draft")];
    expect(currentAgreement(list, "u1", "2025-11-23")?.agreementId).toBe("a2025");
  });

  it("given two signed agreements, then the one whose term contains today wins over the newer one", () => {
    const list = [agreement("a2026", "2026-01-01", "signed"), agreement("a2025", "2025-01-01", "signed")];
    expect(currentAgreement(list, "u1", "2025-06-01")?.agreementId).toBe("a2025");
  });

  it("given only a draft, then the draft is shown", () => {
    expect(currentAgreement([agreement("d", "2026-01-01", "draft")], "u1", "2025-06-01")?.agreementId).toBe(
      "d",
    );
  });

  it("given another unit's agreements only, then there is none", () => {
    expect(currentAgreement([agreement("a", "2025-01-01", "signed")], "u2", "2025-06-01")).toBeUndefined();
  });
});
