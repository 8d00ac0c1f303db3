import { describe, expect, it } from "vitest";
import { agreement, boardWith, commitment, decision, unit } from "../testing/figures-fixtures.ts";
import { overdueItems } from "./overdue.ts";

const today = "2025-07-10";

describe("overdue items", () => {
  it("given commitments and decisions past their deadlines, then each is listed with its units and days late, latest first", () => {
    const board = boardWith({
      units: [unit("u1", "光明小学"), unit("u2", "光明医院")],
      agreements: [
        agreement("a1", "u1", [commitment("trees", { description: "植树", dueDate: "2025-06-30" })]),
      ],
      decisions: [decision("d1", "2025-07-01", { text: "清理楼道", assignedUnitIds: ["u1", "u2"] })],
    });
    expect(overdueItems(board, today)).toEqual([
      {
        kind: "commitment",
        id: "a1/trees",
        what: "植树",
        unitIds: ["u1"],
        unitNames: ["光明小学"],
        deadline: "2025-06-30",
        daysLate: 10,
      },
      {
        kind: "decision",
        id: "d1",
        what: "清理楼道",
        unitIds: ["u1", "u2"],
        unitNames: ["光明小学", "光明医院"],
        deadline: "2025-07-01",
        daysLate: 9,
      },
    ]);
  });

  it("given a deadline of today, then it is not late yet; the day after it is one day late", () => {
    const board = boardWith({ decisions: [decision("d1", today)] });
    expect(overdueItems(board, today)).toEqual([]);
    expect(overdueItems(board, "2025-07-11").map((item) => item.daysLate)).toEqual([1]);
  });

  it("given what is struck off, done, or not signed, then nothing is overdue", () => {
    const board = boardWith({
      agreements: [
        agreement("a1", "u1", [commitment("c1", { dueDate: "2025-01-31", fulfilledOn: "2025-01-20" })]),
        agreement("a2", "u2", [commitment("c2", { dueDate: "2025-01-31" })], "draft"),
        agreement("a3", "u3", [commitment("c3", { dueDate: "2025-01-31" })], "terminated"),
      ],
      decisions: [decision("d1", "2025-02-01", { doneOn: "2025-02-03" })],
    });
    expect(overdueItems(board, today)).toEqual([]);
  });

  it("given a unit the board does not know, then its id stands in for its name", () => {
    const board = boardWith({ decisions: [decision("d1", "2025-07-01", { assignedUnitIds: ["gone"] })] });
    expect(overdueItems(board, today)[0]?.unitNames).toEqual(["gone"]);
  });
});
