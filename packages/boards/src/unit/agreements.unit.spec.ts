import type { AgreementEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  amended,
  corrected,
  disputed,
  drafted,
  expired,
  fulfilled,
  ledgerAfter,
  logged,
  reopened,
  school,
  signed,
  terminated,
  verified,
} from "../testing/unit-fixtures.ts";

describe("a unit's ledger: agreements and contributions", () => {
  it("given a drafted agreement, when it is amended and signed at a meeting, then the ledger shows the amended terms, signed", () => {
    const ledger = ledgerAfter(school, drafted, amended, signed);
    expect(ledger?.agreements.a1).toEqual({
      agreementId: "a1",
      unitId: "school-1",
      title: "2025 共驻共建协议（修订）",
      status: "signed",
      termStart: "2025-02-01",
      termEnd: "2026-01-31",
      signedOn: "2025-01-10",
      meetingId: "m1",
      commitments: {
        trees: {
          commitmentId: "trees",
          category: "environment",
          description: "植树",
          targetQuantity: 150,
          unitOfMeasure: "棵",
          dueDate: "2025-06-30",
          logged: 0,
          verified: 0,
          fulfilledOn: null,
        },
      },
    });
  });

  it("given a signed agreement, when an amendment arrives, then the signed terms stay", () => {
    const ledger = ledgerAfter(school, drafted, signed, amended);
    expect(ledger?.agreements.a1?.title).toBe("2025 共驻共建协议");
  });

  it("given a signed agreement, when it is terminated or expires, then its status says so", () => {
    expect(ledgerAfter(school, drafted, signed, terminated)?.agreements.a1?.status).toBe("terminated");
    expect(ledgerAfter(school, drafted, signed, expired)?.agreements.a1?.status).toBe("expired");
  });

  it("given contributions, when they are verified, then logged and verified sum exactly and each is kept by id", () => {
    const ledger = ledgerAfter(
      school,
      drafted,
      signed,
      logged("c1", 0.1),
      logged("c2", 0.2),
      verified("c1", 0.1),
      verified("c2", 0.2),
    );
    expect(ledger?.agreements.a1?.commitments.trees).toMatchObject({ logged: 0.3, verified: 0.3 });
    expect(ledger?.contributions["a1/c1"]).toEqual({
      contributionId: "c1",
      agreementId: "a1",
      commitmentId: "trees",
      quantity: 0.1,
      date: "2025-03-12",
      participants: 8,
      note: "",
      loggedAt: expect.stringMatching(/^2025-05-01T08:00:/),
      verification: "verified",
      reason: null,
      corrections: 0,
    });
  });

  it("given a verified contribution, when it is disputed, then it leaves the verified total and shows the reason", () => {
    const ledger = ledgerAfter(
      school,
      drafted,
      signed,
      logged("c1", 50),
      verified("c1", 50),
      disputed("c1", 50, "verified"),
    );
    expect(ledger?.agreements.a1?.commitments.trees).toMatchObject({ logged: 50, verified: 0 });
    expect(ledger?.contributions["a1/c1"]).toMatchObject({ verification: "disputed", reason: "数量不符" });
  });

  it("given a verified contribution, when it is corrected twice, then the new values count, pending again, and the corrections are counted", () => {
    const ledger = ledgerAfter(
      school,
      drafted,
      signed,
      logged("c1", 50),
      verified("c1", 50),
      corrected("c1", { quantity: 50, verification: "verified" }, { quantity: 40.5, participants: 6 }),
      corrected("c1", { quantity: 40.5, verification: "pending" }, { quantity: 40.7, participants: 7 }),
    );
    expect(ledger?.agreements.a1?.commitments.trees).toMatchObject({ logged: 40.7, verified: 0 });
    expect(ledger?.contributions["a1/c1"]).toMatchObject({
      quantity: 40.7,
      date: "2025-03-13",
      participants: 7,
      note: "更正数量",
      verification: "pending",
      reason: "记错了",
      corrections: 2,
    });
  });

  it("given a commitment struck off, when it is reopened, then fulfilledOn follows", () => {
    expect(
      ledgerAfter(school, drafted, signed, fulfilled)?.agreements.a1?.commitments.trees?.fulfilledOn,
    ).toBe("2025-05-20");
    expect(
      ledgerAfter(school, drafted, signed, fulfilled, reopened)?.agreements.a1?.commitments.trees
        ?.fulfilledOn,
    ).toBeNull();
  });

  it("given facts seen twice, then nothing counts twice", () => {
    const once = ledgerAfter(school, drafted, signed, logged("c1", 3), verified("c1", 3));
    const twice = ledgerAfter(
      school,
      drafted,
      signed,
      logged("c1", 3),
      logged("c1", 3),
      verified("c1", 3),
      verified("c1", 3),
    );
    expect(twice?.agreements).toEqual(once?.agreements);
  });

  it("given facts about an agreement or contribution the ledger never saw, then nothing changes", () => {
    const before = ledgerAfter(school, drafted, signed);
    const elsewhere: AgreementEvent = {
      type: "ContributionLogged",
      data: {
        agreementId: "a9",
        communityId: "gm",
        unitId: "school-1",
        contributionId: "c1",
        commitmentId: "trees",
        quantity: 3,
        date: "2025-03-12",
        participants: 2,
        note: "",
      },
    };
    const after = ledgerAfter(
      school,
      drafted,
      signed,
      verified("c9", 3),
      disputed("c9", 3, "pending"),
      elsewhere,
    );
    expect(after).toEqual(before);
  });

  it("given the same contribution id in two agreements of the unit, then both are kept, each under its agreement", () => {
    const nextYear = (event: AgreementEvent): AgreementEvent =>
      ({ ...event, data: { ...event.data, agreementId: "a2" } }) as AgreementEvent;
    const ledger = ledgerAfter(
      school,
      drafted,
      signed,
      logged("c1", 5),
      nextYear(drafted),
      nextYear(signed),
      nextYear(logged("c1", 7)),
    );
    expect(ledger?.contributions["a1/c1"]?.quantity).toBe(5);
    expect(ledger?.contributions["a2/c1"]?.quantity).toBe(7);
  });
});
