import { describe, expect, it } from "vitest";
import type { BoardPledge, PledgesBoard } from "../pledges/board.ts";
import type { SupermarketBoard, SupermarketIntake } from "../supermarket/board.ts";
import { agreement, boardWith, commitment, decision, meeting, unit } from "../testing/figures-fixtures.ts";
import { communitySummary, publicAgreementList, publicDecisionList } from "./community.ts";
import { publicPledgeList } from "./pledges.ts";
import { publicSupermarket } from "./supermarket.ts";
import { publicTeamRoll } from "./teams.ts";

const pledge = (pledgeId: string, fields: Partial<BoardPledge> = {}): BoardPledge => ({
  pledgeId,
  pledger: { kind: "committee" },
  pledgerName: null,
  unitName: null,
  content: `承诺 ${pledgeId}`,
  category: "service",
  madeTo: "residents",
  madeOn: "2025-03-01",
  dueOn: "2025-12-31",
  status: "open",
  fulfilment: null,
  rejection: null,
  closedOn: null,
  withdrawReason: null,
  ...fields,
});

const pledgesBoard = (pledges: BoardPledge[]): PledgesBoard => ({
  communityId: "gm",
  pledges: Object.fromEntries(pledges.map((p) => [p.pledgeId, p])),
  years: {
    "2025": {
      total: { made: 4, struckOff: 1 },
      byKind: {},
      byMember: { "p-1": { made: 1, struckOff: 1 } },
      byUnit: {},
    },
  },
});

const intake = (receiptNo: string, fields: Partial<SupermarketIntake> = {}): SupermarketIntake => ({
  donationId: `d-${receiptNo}`,
  receiptNo,
  receivedOn: "2025-06-10",
  donor: { kind: "anonymous" },
  lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "kg", quantity: 10 }],
  money: null,
  voided: null,
  ...fields,
});

const day = (intake: number) => ({ donations: 1, intake, money: 0, handouts: 1, handedOut: 2 });

const supermarketBoard = (fields: Partial<SupermarketBoard> = {}): SupermarketBoard => ({
  communityId: "gm",
  monthlyLimit: null,
  items: {},
  recentIntake: [],
  recentHandouts: [{ handoutId: "h1", handedOutOn: "2025-06-11", lines: [] }],
  days: {},
  years: {},
  pending: {},
  ...fields,
});

describe("the public agreements and decisions", () => {
  it("given a signed agreement and a draft, then only the signed one is shown, with its unit's name and progress", () => {
    const board = boardWith({
      units: [unit("u1", "光明小学"), unit("u2", "人民医院")],
      agreements: [
        agreement("a1", "u1", [commitment("c1", { verified: 20, logged: 30, fulfilledOn: null })]),
        agreement("a2", "u2", [commitment("c2")], "draft"),
      ],
    });

    expect(publicAgreementList(board)).toEqual([
      {
        agreementId: "a1",
        unitName: "光明小学",
        title: "共驻共建协议",
        status: "signed",
        termStart: "2025-01-01",
        termEnd: "2025-12-31",
        signedOn: "2025-01-10",
        commitments: [
          {
            commitmentId: "c1",
            category: "environment",
            description: "承诺 c1",
            target: 100,
            unitOfMeasure: "棵",
            dueDate: "2025-06-30",
            logged: 30,
            verified: 20,
            fulfilledOn: null,
          },
        ],
      },
    ]);
  });

  it("given decisions of a meeting, then each names the meeting and its units, the latest deadline first", () => {
    const board = boardWith({
      units: [unit("u1", "光明小学")],
      meetings: [meeting("m1", "2025-06-10")],
      decisions: [decision("d1", "2025-07-01"), decision("d2", "2025-08-01", { doneOn: "2025-07-20" })],
    });

    expect(
      publicDecisionList(board).map((d) => [d.decisionId, d.meetingDate, d.unitNames, d.doneOn]),
    ).toEqual([
      ["d2", "2025-06-10", ["光明小学"], "2025-07-20"],
      ["d1", "2025-06-10", ["光明小学"], null],
    ]);
  });

  it("given a community's boards, then the summary counts signed agreements, struck-off commitments, open decisions and the pledge rate", () => {
    const board = boardWith({
      units: [unit("u1", "光明小学")],
      agreements: [
        agreement("a1", "u1", [commitment("c1", { fulfilledOn: "2025-05-01" }), commitment("c2")]),
      ],
      decisions: [decision("d1", "2025-07-01")],
    });

    expect(communitySummary(board, pledgesBoard([]), "2025")).toMatchObject({
      name: "光明社区",
      street: "东风路街道",
      units: 1,
      agreements: 1,
      commitments: { total: 2, fulfilled: 1 },
      decisions: { total: 1, open: 1 },
      pledges: { made: 4, struckOff: 1, rate: 0.25 },
    });
  });
});

describe("the public pledges", () => {
  it("given pledges by the committee, a cadre and a member, then the member shows as a family name and unit, the cadre as named", () => {
    const board = pledgesBoard([
      pledge("p1"),
      pledge("p2", {
        pledger: { kind: "cadre", name: "王主任" },
        pledgerName: "王主任",
        madeOn: "2025-04-01",
      }),
      pledge("p3", {
        pledger: { kind: "member", personId: "p-1", unitId: "u1" },
        pledgerName: "张小明",
        unitName: "光明小学",
        madeOn: "2025-05-01",
        status: "struck_off",
        fulfilment: { fulfilmentId: "f1", doneOn: "2025-05-20", evidence: "为李奶奶理发" },
        closedOn: "2025-05-21",
      }),
    ]);

    const { pledges, rate } = publicPledgeList(board, "2025");

    expect(pledges.map((p) => [p.pledgeId, p.pledgerLabel, p.unitName, p.fulfilledOn])).toEqual([
      ["p3", "张*", "光明小学", "2025-05-20"],
      ["p2", "王主任", null, null],
      ["p1", "社区两委", null, null],
    ]);
    expect(rate).toEqual({ made: 4, struckOff: 1, rate: 0.25 });
    expect(JSON.stringify(pledges)).not.toMatch(/张小明|李奶奶|p-1/);
  });

  it("given a withdrawn pledge, then it is not shown", () => {
    const board = pledgesBoard([pledge("p1", { status: "withdrawn", withdrawReason: "重复登记" })]);
    expect(publicPledgeList(board, "2025").pledges).toEqual([]);
  });

  it("given no pledges in the year, then the rate is null rather than zero", () => {
    expect(publicPledgeList(pledgesBoard([]), "2026").rate).toEqual({ made: 0, struckOff: 0, rate: null });
  });
});

describe("the public supermarket", () => {
  it("given named, unit, anonymous and voided receipts and a pending donation, then donors are named only when they gave a name and nothing voided or pending shows", () => {
    const board = supermarketBoard({
      recentIntake: [
        intake("R4", { voided: { reason: "录错", voidedOn: "2025-06-12", voidedBy: "keeper" } }),
        intake("R3", { donor: { kind: "person", name: "刘爱心" }, money: 200 }),
        intake("R2", { donor: { kind: "unit", unitId: "u1", name: "光明小学" } }),
        intake("R1"),
      ],
      pending: {
        d9: {
          donationId: "d9",
          givenOn: "2025-06-12",
          donor: { kind: "anonymous" },
          lines: [],
          money: 999,
          announcedAt: "",
        },
      },
    });

    const { recentDonations } = publicSupermarket(board, "2025-06-15");

    expect(recentDonations.map((d) => [d.receiptNo, d.donorKind, d.donorName, d.money])).toEqual([
      ["R3", "person", "刘爱心", 200],
      ["R2", "unit", "光明小学", null],
      ["R1", "anonymous", null, null],
    ]);
    expect(JSON.stringify(publicSupermarket(board, "2025-06-15"))).not.toMatch(/999|keeper|h1|handoutId/);
  });

  it("given days of this month and the last, then this month's totals add only this month's days", () => {
    const board = supermarketBoard({
      days: { "2025-05-31": day(100), "2025-06-01": day(10), "2025-06-14": day(2.5) },
      years: { "2025": { donations: 9, intake: 300, money: 50, handouts: 4, handedOut: 8 } },
    });

    expect(publicSupermarket(board, "2025-06-15")).toMatchObject({
      month: "2025-06",
      thisMonth: { donations: 2, goodsReceived: 12.5, moneyReceived: 0, handouts: 2, goodsHandedOut: 4 },
      years: [
        { year: "2025", donations: 9, goodsReceived: 300, moneyReceived: 50, handouts: 4, goodsHandedOut: 8 },
      ],
    });
  });
});

describe("the public team honour roll", () => {
  it("given teams with hours in several years, then each shows this year's hours, most first, and no member", () => {
    const board = {
      ...boardWith({}),
      teams: {
        t1: {
          teamId: "t1",
          name: "义务联防队",
          category: "joint_patrol" as const,
          members: 8,
          hoursByMonth: { "2025-03": 10.5, "2024-12": 99 },
        },
        t2: {
          teamId: "t2",
          name: "家电维修队",
          category: "appliance_repair" as const,
          members: 5,
          hoursByMonth: { "2025-01": 12, "2025-02": 0.25 },
        },
      },
    };

    expect(publicTeamRoll(board, "2025")).toEqual({
      year: "2025",
      teams: [
        { teamId: "t2", name: "家电维修队", category: "appliance_repair", members: 5, hours: 12.25 },
        { teamId: "t1", name: "义务联防队", category: "joint_patrol", members: 8, hours: 10.5 },
      ],
    });
  });
});
