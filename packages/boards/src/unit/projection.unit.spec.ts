import type { MeetingEvent, SupermarketEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards, projectEvent } from "../fold.ts";
import {
  alone,
  type Fact,
  foldFacts,
  hospital,
  ledgerAfter,
  ledgerOf,
  meeting,
  school,
  stored,
} from "../testing/unit-fixtures.ts";
import { unitLedgerProjection } from "./projection.ts";

const attendance = (
  attendanceKind: "principal" | "deputy" | "absent",
  attendeeName?: string,
): MeetingEvent => ({
  type: "AttendanceRecorded",
  data: {
    meetingId: "m1",
    communityId: "gm",
    unitId: "school-1",
    attendance: attendanceKind,
    ...(attendeeName ? { attendeeName } : {}),
    note: "",
    corrects: false,
  },
});
const decision: MeetingEvent = {
  type: "DecisionRecorded",
  data: {
    meetingId: "m1",
    communityId: "gm",
    decisionId: "dec-1",
    text: "开放操场供居民锻炼",
    assignedUnitIds: ["school-1", "hospital-1", "school-1"],
    deadline: "2025-05-01",
  },
};
const done: MeetingEvent = {
  type: "DecisionDone",
  data: {
    meetingId: "m1",
    communityId: "gm",
    decisionId: "dec-1",
    assignedUnitIds: ["school-1", "hospital-1"],
    doneOn: "2025-04-20",
    note: "",
  },
};
const rice: SupermarketEvent = {
  type: "ItemAdded",
  data: {
    communityId: "gm",
    itemId: "rice",
    name: "大米",
    category: "grain_oil",
    unitOfMeasure: "袋",
    minimumStock: 5,
  },
};
const donation = (donor: { kind: "unit"; unitId: string } | { kind: "anonymous" }): SupermarketEvent => ({
  type: "DonationReceived",
  data: {
    communityId: "gm",
    donationId: "don-1",
    receiptNo: "2025-00001",
    receivedOn: "2025-04-02",
    donor,
    lines: [{ itemId: "rice", quantity: 20 }],
    money: 500,
    note: "春节慰问",
  },
});

describe("a unit's ledger", () => {
  it("given a registered unit, then the ledger carries its identity", () => {
    expect(ledgerAfter(school)).toMatchObject({
      unitId: "school-1",
      communityId: "gm",
      name: "光明小学",
      kind: "school",
      partyOrganisation: "光明小学党支部",
      inServiceMembers: 12,
    });
  });

  it("given attendance recorded and then corrected, then the last record counts, titled and dated by the meeting", () => {
    const ledger = ledgerAfter(school, meeting, attendance("absent"), attendance("deputy", "张副校长"));
    expect(ledger?.attendance.m1).toEqual({
      meetingId: "m1",
      title: "第一季度联席会议",
      date: "2025-03-20",
      attendance: "deputy",
      attendeeName: "张副校长",
    });
  });

  it("given the ledger projected without the boards it used to read, then it comes out the same", () => {
    const facts = [school, hospital, meeting, attendance("principal", "李校长"), decision, done];
    const withDonation = [...facts, rice, donation({ kind: "unit", unitId: "school-1" })];
    expect(ledgerOf(foldFacts(withDonation, alone))).toEqual(ledgerOf(foldFacts(withDonation)));
    expect(ledgerOf(foldFacts(withDonation, alone))?.attendance.m1).toMatchObject({
      title: "第一季度联席会议",
      date: "2025-03-20",
    });
  });

  it("given attendance at a meeting nobody knows, then nothing is recorded", () => {
    const ledger = ledgerAfter(school, attendance("principal"));
    expect(ledger?.attendance).toEqual({});
  });

  it("given one decision assigned to two units, then it keys both ledgers once each and both see it done", () => {
    const before = foldFacts([school, hospital, meeting], alone);
    const keyed = projectEvent(alone, stored(decision), before).map((delta) => delta.boardId);
    expect(keyed).toEqual(["unit:school-1", "unit:hospital-1"]);
    const boards = foldFacts([school, hospital, meeting, decision, done]);
    for (const unitId of ["school-1", "hospital-1"]) {
      expect(ledgerOf(boards, unitId)?.decisions["dec-1"]).toEqual({
        decisionId: "dec-1",
        meetingId: "m1",
        text: "开放操场供居民锻炼",
        deadline: "2025-05-01",
        doneOn: "2025-04-20",
      });
    }
  });

  it("given a donation from the unit, then the ledger lists its goods by name and measure, and money", () => {
    const ledger = ledgerAfter(school, rice, donation({ kind: "unit", unitId: "school-1" }));
    expect(ledger?.donations["don-1"]).toEqual({
      donationId: "don-1",
      receiptNo: "2025-00001",
      receivedOn: "2025-04-02",
      status: "received",
      reason: null,
      lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 20 }],
      money: 500,
      note: "春节慰问",
    });
  });

  it("given the unit's liaison announced a donation, then it waits without a receipt number until the keeper accepts it", () => {
    const unit = { kind: "unit" as const, unitId: "school-1" };
    const announced: SupermarketEvent = {
      type: "DonationAnnounced",
      data: {
        communityId: "gm",
        donationId: "don-1",
        givenOn: "2025-04-01",
        donor: unit,
        lines: [{ itemId: "rice", quantity: 20 }],
        money: 500,
        note: "春节慰问",
      },
    };
    const waiting = ledgerAfter(school, rice, announced);
    expect(waiting?.donations["don-1"]).toEqual({
      donationId: "don-1",
      receiptNo: null,
      receivedOn: "2025-04-01",
      status: "pending",
      reason: null,
      lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 20 }],
      money: 500,
      note: "春节慰问",
    });
    const accepted = ledgerAfter(school, rice, announced, donation(unit));
    expect(accepted?.donations["don-1"]).toMatchObject({
      receiptNo: "2025-00001",
      receivedOn: "2025-04-02",
      status: "received",
    });
  });

  it("given an announced donation declined, or a receipt voided, then the ledger keeps it with its status and the reason", () => {
    const unit = { kind: "unit" as const, unitId: "school-1" };
    const declined: SupermarketEvent = {
      type: "DonationDeclined",
      data: {
        communityId: "gm",
        donationId: "don-2",
        donor: unit,
        reason: "没有送到",
        declinedOn: "2025-04-03",
      },
    };
    const announced: SupermarketEvent = {
      type: "DonationAnnounced",
      data: {
        communityId: "gm",
        donationId: "don-2",
        givenOn: "2025-04-01",
        donor: unit,
        lines: [],
        money: 100,
        note: "",
      },
    };
    const { donationId, receiptNo, receivedOn, lines, money } = donation(unit).data as Extract<
      SupermarketEvent,
      { type: "DonationReceived" }
    >["data"];
    const voided: SupermarketEvent = {
      type: "ReceiptVoided",
      data: {
        communityId: "gm",
        donationId,
        receiptNo,
        receivedOn,
        donor: unit,
        lines,
        ...(money === undefined ? {} : { money }),
        reason: "重复登记",
        voidedOn: "2025-04-05",
        voidedBy: "王店长",
      },
    };
    const ledger = ledgerAfter(school, rice, donation(unit), announced, declined, voided);
    expect(ledger?.donations["don-2"]).toMatchObject({ status: "declined", reason: "没有送到" });
    expect(ledger?.donations["don-1"]).toMatchObject({
      receiptNo: "2025-00001",
      status: "voided",
      reason: "重复登记",
    });
  });

  it("given a donation from someone else, then no ledger is touched", () => {
    const boards = foldBoards([unitLedgerProjection], [stored(donation({ kind: "anonymous" }))]);
    expect([...boards.keys()].filter((id) => id.startsWith("unit:"))).toEqual([]);
  });

  it("given a concluded evaluation, then the ledger keeps it by year", () => {
    const ledger = ledgerAfter(school, {
      type: "EvaluationConcluded",
      data: {
        unitId: "school-1",
        communityId: "gm",
        year: 2024,
        scores: { street: 90, community: 88, residents: 91 },
        total: 89.7,
        result: "good",
        concludedOn: "2025-01-15",
      },
    });
    expect(ledger?.evaluations["2024"]).toEqual({
      year: 2024,
      scores: { street: 90, community: 88, residents: 91 },
      total: 89.7,
      result: "good",
      concludedOn: "2025-01-15",
    });
  });

  it("given facts about a unit never registered, then no ledger appears", () => {
    const boards = foldFacts([meeting, attendance("principal"), decision] as Fact[]);
    expect(ledgerOf(boards)).toBeUndefined();
  });

  it("given a foreign event, then it keys no ledger and gives no ops", () => {
    const foreign = stored(rice);
    const boards = foldBoards([unitLedgerProjection], [foreign]);
    expect([...boards.keys()].filter((id) => id.startsWith("unit:"))).toEqual([]);
  });
});
