import type { BoardPledge } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { byUrgency, fulfilmentRate, isOverdue } from "./rates.ts";

const pledge = (pledgeId: string, status: BoardPledge["status"], dueOn: string): BoardPledge => ({
  pledgeId,
  pledger: { kind: "committee" },
  pledgerName: null,
  unitName: null,
  content: "承诺",
  category: "service",
  madeTo: "residents",
  madeOn: "2025-01-01",
  dueOn,
  status,
  fulfilment: null,
  rejection: null,
  closedOn: null,
  withdrawReason: null,
});

describe("pledge rates and order", () => {
  it("gives the struck-off share as a whole percentage, and none without pledges", () => {
    expect(fulfilmentRate({ made: 3, struckOff: 2 })).toBe(67);
    expect(fulfilmentRate({ made: 0, struckOff: 0 })).toBeNull();
  });

  it("calls a pledge overdue only while it is not kept and its day has passed", () => {
    expect(isOverdue(pledge("a", "open", "2025-06-14"), "2025-06-15")).toBe(true);
    expect(isOverdue(pledge("a", "fulfilment_pending", "2025-06-14"), "2025-06-15")).toBe(true);
    expect(isOverdue(pledge("a", "open", "2025-06-15"), "2025-06-15")).toBe(false);
    expect(isOverdue(pledge("a", "struck_off", "2025-06-01"), "2025-06-15")).toBe(false);
  });

  it("lists overdue first, then open ones by due date, then closed ones newest first", () => {
    const list = [
      pledge("closed-old", "struck_off", "2025-02-01"),
      pledge("later", "open", "2025-09-01"),
      pledge("closed-new", "withdrawn", "2025-05-01"),
      pledge("sooner", "fulfilment_pending", "2025-07-01"),
      pledge("late", "open", "2025-06-01"),
    ];
    expect(list.sort(byUrgency("2025-06-15")).map((p) => p.pledgeId)).toEqual([
      "late",
      "sooner",
      "later",
      "closed-new",
      "closed-old",
    ]);
  });
});
