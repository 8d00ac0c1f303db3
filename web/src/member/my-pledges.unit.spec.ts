import type { BoardPledge, PledgesBoard } from "@cobuild/boards";
import type { Pledger } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { mayRecordFulfilment, overdueToKeep, ownPledges } from "./my-pledges.ts";

const pledge = (pledgeId: string, pledger: Pledger, over: Partial<BoardPledge> = {}): BoardPledge => ({
  pledgeId,
  pledger,
  pledgerName: null,
  unitName: null,
  content: pledgeId,
  category: "service",
  madeTo: "branch",
  madeOn: "2026-03-01",
  dueOn: "2026-12-31",
  status: "open",
  fulfilment: null,
  rejection: null,
  closedOn: null,
  withdrawReason: null,
  ...over,
});

const board = (...pledges: BoardPledge[]): PledgesBoard => ({
  communityId: "gm",
  pledges: Object.fromEntries(pledges.map((p) => [p.pledgeId, p])),
  years: {},
});

const me = { kind: "member", personId: "p1" } as const;

describe("a member's own pledges", () => {
  it("given pledges by the committees, a cadre, another member and this one, then only this member's show", () => {
    const shown = ownPledges(
      board(
        pledge("committee", { kind: "committee" }),
        pledge("cadre", { kind: "cadre", name: "王主任" }),
        pledge("other", { kind: "member", personId: "p2" }),
        pledge("mine", { ...me, unitId: "u1" }),
      ),
      "p1",
    );
    expect(shown.map((p) => p.pledgeId)).toEqual(["mine"]);
  });

  it("given pledges made on different days, then the newest shows first, whatever their state", () => {
    const shown = ownPledges(
      board(
        pledge("march", me, { madeOn: "2026-03-01", status: "struck_off" }),
        pledge("may", me, { madeOn: "2026-05-10" }),
        pledge("january", me, { madeOn: "2026-01-15", status: "withdrawn" }),
      ),
      "p1",
    );
    expect(shown.map((p) => p.pledgeId)).toEqual(["may", "march", "january"]);
  });

  it("given two pledges made the same day, then the one the board lists last (made later) shows first", () => {
    const shown = ownPledges(board(pledge("first", me), pledge("second", me)), "p1");
    expect(shown.map((p) => p.pledgeId)).toEqual(["second", "first"]);
  });

  it("given no board yet (a community without pledges), then there are none", () => {
    expect(ownPledges(undefined, "p1")).toEqual([]);
  });
});

describe("recording what was done", () => {
  it("given an open pledge, then its fulfilment may be recorded", () => {
    expect(mayRecordFulfilment(pledge("a", me))).toBe(true);
  });

  it("given a pledge with a fulfilment waiting for staff, struck off or withdrawn, then it may not", () => {
    for (const status of ["fulfilment_pending", "struck_off", "withdrawn"] as const) {
      expect(mayRecordFulfilment(pledge("a", me, { status }))).toBe(false);
    }
  });
});

describe("overdue, as the member sees it", () => {
  const due = { dueOn: "2026-06-30" };

  it("given an open pledge past its due date, then it is overdue; on its due date it is not yet", () => {
    expect(overdueToKeep(pledge("a", me, due), "2026-07-01")).toBe(true);
    expect(overdueToKeep(pledge("a", me, due), "2026-06-30")).toBe(false);
  });

  it("given a fulfilment waiting for staff, or a closed pledge, past the due date, then it is not overdue", () => {
    for (const status of ["fulfilment_pending", "struck_off", "withdrawn"] as const) {
      expect(overdueToKeep(pledge("a", me, { ...due, status }), "2026-07-01")).toBe(false);
    }
  });
});
