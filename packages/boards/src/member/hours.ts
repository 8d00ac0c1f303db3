import {
  addQuantities,
  type ServiceHoursApproved,
  type ServiceHoursLogged,
  type ServiceHoursRejected,
  subtractQuantities,
} from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import { type MemberHoursEntry, type MemberRecord, RECENT_MEMBER_ENTRIES } from "./board.ts";

type HoursEvent = ServiceHoursLogged | ServiceHoursApproved | ServiceHoursRejected;

/**
 * A person's service hours: pending from logging until staff decide, then approved (by the month served)
 * or dropped. The recent list shows each entry's status while the entry is still on it.
 */
export const hoursOps = (board: MemberRecord, event: HoursEvent): BoardOp[] => {
  const { entryId, hours } = event.data;
  const index = board.recentEntries.findIndex((entry) => entry.entryId === entryId);
  const { approved, pending, byMonth } = board.hours;
  if (event.type === "ServiceHoursLogged") {
    if (index >= 0) return [];
    const { teamId, date, activity } = event.data;
    const entry: MemberHoursEntry = { entryId, teamId, date, hours, activity, status: "pending" };
    return [
      { op: "set", path: ["hours", "pending"], value: addQuantities(pending, hours) },
      { op: "unshift", path: ["recentEntries"], value: entry, max: RECENT_MEMBER_ENTRIES },
    ];
  }
  // An entry already decided is not counted again; one that left the recent list is trusted to be open,
  // as the team's stream lets staff decide on an entry only once.
  if (index >= 0 && board.recentEntries[index]?.status !== "pending") return [];
  const ops: BoardOp[] = [
    { op: "set", path: ["hours", "pending"], value: subtractQuantities(pending, hours) },
  ];
  if (event.type === "ServiceHoursApproved") {
    const month = event.data.date.slice(0, 7);
    ops.push(
      { op: "set", path: ["hours", "approved"], value: addQuantities(approved, hours) },
      { op: "set", path: ["hours", "byMonth", month], value: addQuantities(own(byMonth, month) ?? 0, hours) },
    );
  }
  if (index >= 0) {
    const status = event.type === "ServiceHoursApproved" ? "approved" : "rejected";
    ops.push({ op: "set", path: ["recentEntries", index, "status"], value: status });
  }
  return ops;
};
