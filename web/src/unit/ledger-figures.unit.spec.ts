import type {
  BoardAgreement,
  BoardCommitment,
  LedgerContribution,
  LedgerDonation,
  UnitLedger,
} from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import {
  attendanceCounts,
  commitmentsOpenFirst,
  contributionsNewestFirst,
  decisionsToDo,
  donationsNewestFirst,
  isLate,
  parseAmount,
  runningAgreement,
  verifiedShare,
} from "./ledger-figures.ts";

const commitment = (commitmentId: string, over: Partial<BoardCommitment> = {}): BoardCommitment => ({
  commitmentId,
  category: "environment",
  description: commitmentId,
  targetQuantity: 10,
  unitOfMeasure: "棵",
  dueDate: "2026-12-31",
  logged: 0,
  verified: 0,
  fulfilledOn: null,
  ...over,
});

const agreement = (agreementId: string, over: Partial<BoardAgreement> = {}): BoardAgreement => ({
  agreementId,
  unitId: "u1",
  title: agreementId,
  status: "signed",
  termStart: "2026-01-01",
  termEnd: "2026-12-31",
  signedOn: "2026-01-05",
  meetingId: null,
  commitments: {},
  ...over,
});

const contribution = (contributionId: string, date: string, loggedAt: string): LedgerContribution => ({
  contributionId,
  agreementId: "a",
  commitmentId: "c",
  quantity: 1,
  date,
  participants: 0,
  note: "",
  loggedAt,
  verification: "pending",
  reason: null,
  corrections: 0,
});

const ledger = (over: Partial<UnitLedger> = {}): UnitLedger => ({
  unitId: "u1",
  communityId: "c1",
  name: "光明小学",
  kind: "school",
  partyOrganisation: "",
  inServiceMembers: 0,
  agreements: {},
  contributions: {},
  donations: {},
  attendance: {},
  decisions: {},
  evaluations: {},
  ...over,
});

describe("the unit ledger's figures", () => {
  it("given contributions done on different days and logged at different times, then the newest work comes first", () => {
    const board = ledger({
      contributions: {
        old: contribution("old", "2026-03-01", "2026-03-01T10:00:00Z"),
        lateLogged: contribution("lateLogged", "2026-05-01", "2026-05-03T08:00:00Z"),
        sameDayEarly: contribution("sameDayEarly", "2026-05-01", "2026-05-01T09:00:00Z"),
      },
    });
    expect(contributionsNewestFirst(board).map((c) => c.contributionId)).toEqual([
      "lateLogged",
      "sameDayEarly",
      "old",
    ]);
  });

  it("given donations waiting, received and voided, then the waiting ones come first, then the newest receipt", () => {
    const donation = (donationId: string, over: Partial<LedgerDonation>): LedgerDonation => ({
      donationId,
      receiptNo: null,
      receivedOn: "2026-03-01",
      status: "received",
      reason: null,
      lines: [],
      money: 10,
      note: "",
      ...over,
    });
    const board = ledger({
      donations: {
        a: donation("a", { receiptNo: "2026-00001", receivedOn: "2026-03-01" }),
        b: donation("b", { receiptNo: "2026-00003", receivedOn: "2026-03-02", status: "voided" }),
        c: donation("c", { receivedOn: "2026-02-20", status: "pending" }),
        d: donation("d", { receiptNo: "2026-00002", receivedOn: "2026-03-02" }),
      },
    });
    expect(donationsNewestFirst(board).map((d) => d.donationId)).toEqual(["c", "b", "d", "a"]);
  });

  it("given a decision past its deadline and not done, then it is late; done or not yet due, it is not", () => {
    const base = { decisionId: "d", meetingId: "m", text: "", deadline: "2026-06-30" };
    expect(isLate({ ...base, doneOn: null }, "2026-07-01")).toBe(true);
    expect(isLate({ ...base, doneOn: null }, "2026-06-30")).toBe(false);
    expect(isLate({ ...base, doneOn: "2026-07-10" }, "2026-08-01")).toBe(false);
  });

  it("given open and done decisions, then open ones come first by deadline and done ones after", () => {
    const d = (decisionId: string, deadline: string, doneOn: string | null) => ({
      decisionId,
      meetingId: "m",
      text: "",
      deadline,
      doneOn,
    });
    const board = ledger({
      decisions: {
        done: d("done", "2026-01-01", "2026-01-02"),
        later: d("later", "2026-09-01", null),
        sooner: d("sooner", "2026-04-01", null),
      },
    });
    expect(decisionsToDo(board).map((x) => x.decisionId)).toEqual(["sooner", "later", "done"]);
  });

  it("given attendance at three meetings, then each kind is counted", () => {
    const a = (meetingId: string, attendance: "principal" | "deputy" | "absent") => ({
      meetingId,
      title: meetingId,
      date: "2026-01-01",
      attendance,
      attendeeName: null,
    });
    const board = ledger({
      attendance: { m1: a("m1", "principal"), m2: a("m2", "deputy"), m3: a("m3", "deputy") },
    });
    expect(attendanceCounts(board)).toEqual({ principal: 1, deputy: 2, absent: 0 });
  });

  it("given last year's expired agreement and this year's signed one, then this year's is the running one", () => {
    const board = ledger({
      agreements: {
        old: agreement("old", { status: "expired", termStart: "2025-01-01", termEnd: "2025-12-31" }),
        now: agreement("now"),
      },
    });
    expect(runningAgreement(board, "2026-05-01")?.agreementId).toBe("now");
  });

  it("given logged work beyond what is verified, then the share counts only verified work, capped at one", () => {
    expect(verifiedShare(commitment("c", { logged: 9, verified: 4 }))).toBe(0.4);
    expect(verifiedShare(commitment("c", { verified: 12 }))).toBe(1);
  });

  it("given a struck-off commitment listed first, then the open ones are offered first", () => {
    const a = agreement("a", {
      commitments: {
        done: commitment("done", { fulfilledOn: "2026-04-01" }),
        open: commitment("open"),
      },
    });
    expect(commitmentsOpenFirst(a).map((c) => c.commitmentId)).toEqual(["open", "done"]);
  });

  it("given what a phone keyboard types, then blanks are not given, full-width digits read, and garbage is NaN", () => {
    expect(parseAmount("  ")).toBeUndefined();
    expect(parseAmount("12.5")).toBe(12.5);
    expect(parseAmount("１２。５")).toBe(12.5);
    expect(parseAmount("1.234")).toBe(1.234);
    expect(parseAmount("3棵")).toBeNaN();
    expect(parseAmount("1e3")).toBeNaN();
  });
});
