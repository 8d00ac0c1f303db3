import type { LedgerContribution, TeamBoard, UnitLedger } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { disputedCount, pendingContributions, pendingHours } from "./pending.ts";

const contribution = (
  contributionId: string,
  date: string,
  verification: LedgerContribution["verification"],
  loggedAt = `${date}T09:00:00.000Z`,
): LedgerContribution => ({
  contributionId,
  agreementId: "a1",
  commitmentId: "c1",
  quantity: 5,
  date,
  participants: 3,
  note: "",
  loggedAt,
  verification,
  reason: null,
  corrections: 0,
});

const ledger = (unitId: string, name: string, contributions: LedgerContribution[]): UnitLedger => ({
  unitId,
  communityId: "gm",
  name,
  kind: "school",
  partyOrganisation: "党委",
  inServiceMembers: 10,
  agreements: {
    a1: {
      agreementId: "a1",
      unitId,
      title: "协议",
      status: "signed",
      termStart: "2025-01-01",
      termEnd: "2025-12-31",
      signedOn: "2025-01-05",
      meetingId: null,
      commitments: {
        c1: {
          commitmentId: "c1",
          category: "environment",
          description: "植树",
          targetQuantity: 200,
          unitOfMeasure: "棵",
          dueDate: "2025-10-01",
          logged: 0,
          verified: 0,
          fulfilledOn: null,
        },
      },
    },
  },
  contributions: Object.fromEntries(contributions.map((c) => [c.contributionId, c])),
  donations: {},
  attendance: {},
  decisions: {},
  evaluations: {},
});

describe("the verification queue of contributions", () => {
  it("given two ledgers with pending, verified and disputed entries, when collected, then only the pending ones come, oldest first", () => {
    const ledgers = [
      ledger("u1", "一中", [
        contribution("k3", "2025-05-03", "pending"),
        contribution("k1", "2025-05-01", "verified"),
      ]),
      ledger("u2", "医院", [
        contribution("k2", "2025-05-02", "pending"),
        contribution("k4", "2025-04-01", "disputed"),
      ]),
    ];
    const queue = pendingContributions(ledgers);
    expect(queue.map((c) => c.contributionId)).toEqual(["k2", "k3"]);
  });

  it("given two entries done on the same day, when collected, then the one logged first comes first", () => {
    const queue = pendingContributions([
      ledger("u1", "一中", [
        contribution("late", "2025-05-01", "pending", "2025-05-02T10:00:00.000Z"),
        contribution("early", "2025-05-01", "pending", "2025-05-01T18:00:00.000Z"),
      ]),
    ]);
    expect(queue.map((c) => c.contributionId)).toEqual(["early", "late"]);
  });

  it("given a pending entry, when collected, then it names its unit and its commitment from the ledger", () => {
    const [item] = pendingContributions([
      ledger("u1", "一中", [contribution("k1", "2025-05-01", "pending")]),
    ]);
    expect(item).toMatchObject({
      unitId: "u1",
      unitName: "一中",
      commitment: "植树",
      category: "environment",
      unitOfMeasure: "棵",
      quantity: 5,
    });
  });

  it("given an entry against an agreement the ledger does not hold, when collected, then it still comes, unnamed", () => {
    const orphan = { ...contribution("k1", "2025-05-01", "pending"), agreementId: "unknown" };
    const [item] = pendingContributions([ledger("u1", "一中", [orphan])]);
    expect(item?.commitment).toBe("");
    expect(item?.category).toBeNull();
  });

  it("given disputed entries in two ledgers, when counted, then each is counted once", () => {
    const ledgers = [
      ledger("u1", "一中", [contribution("a", "2025-05-01", "disputed")]),
      ledger("u2", "医院", [
        contribution("b", "2025-05-01", "disputed"),
        contribution("c", "2025-05-01", "pending"),
      ]),
    ];
    expect(disputedCount(ledgers)).toBe(2);
  });
});

const team = (teamId: string, name: string, pending: TeamBoard["pending"]): TeamBoard => ({
  teamId,
  communityId: "gm",
  name,
  category: "joint_patrol",
  description: "",
  leaderId: null,
  roster: {},
  pending,
  hoursByMonth: {},
  claims: {},
});

describe("the queue of service hours", () => {
  it("given pending entries in two teams, when collected, then all come with their team, oldest first", () => {
    const queue = pendingHours([
      team("t1", "义务联防队", {
        e2: {
          entryId: "e2",
          personId: "p1",
          personName: "王",
          date: "2025-06-02",
          hours: 2,
          activity: "巡逻",
        },
      }),
      team("t2", "环境整治队", {
        e1: {
          entryId: "e1",
          personId: "p2",
          personName: "李",
          date: "2025-06-01",
          hours: 1.5,
          activity: "清扫",
        },
      }),
    ]);
    expect(queue.map((h) => [h.teamName, h.entryId])).toEqual([
      ["环境整治队", "e1"],
      ["义务联防队", "e2"],
    ]);
  });

  it("given no pending entries, when collected, then the queue is empty", () => {
    expect(pendingHours([team("t1", "队", {})])).toEqual([]);
  });
});
