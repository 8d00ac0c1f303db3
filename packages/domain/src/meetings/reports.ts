/** Read-side arithmetic over meeting states, shared by the API, the boards and the web client. */
import type { MeetingDecision, MeetingState } from "./state.ts";

/** True when a decision is not done and its deadline (the last day allowed) has passed. */
export const isOverdue = (decision: Pick<MeetingDecision, "deadline" | "done">, today: string): boolean =>
  decision.done === undefined && decision.deadline < today;

/** One unit's attendance over a set of meetings. */
export interface UnitAttendanceRate {
  unitId: string;
  /** Meetings held at which the unit's attendance was recorded. */
  meetings: number;
  principal: number;
  deputy: number;
  absent: number;
  /** principal / meetings: how often the unit's leader came in person; null with no meetings. */
  inPersonRate: number | null;
  /** (principal + deputy) / meetings: how often the unit was represented at all; null with no meetings. */
  attendedRate: number | null;
}

/** Inclusive bounds on the meeting date; either may be left out. */
export interface MeetingDateRange {
  from?: string;
  to?: string;
}

/**
 * Attendance per unit over the given meetings, in the order of `unitIds`, optionally only meetings
 * dated within `range`. Cancelled meetings and meetings with no record for a unit do not count for it:
 * a missing record is unknown, not absent.
 */
export const attendanceRates = (
  meetings: readonly MeetingState[],
  unitIds: readonly string[],
  range: MeetingDateRange = {},
): UnitAttendanceRate[] => {
  // One pass over the meetings, then one lookup per unit: a city's history stays linear.
  const counts = new Map(unitIds.map((unitId) => [unitId, { principal: 0, deputy: 0, absent: 0 }]));
  for (const meeting of meetings) {
    if (meeting.status !== "scheduled") continue;
    if (range.from !== undefined && meeting.date < range.from) continue;
    if (range.to !== undefined && meeting.date > range.to) continue;
    for (const [unitId, record] of meeting.attendance) {
      const unit = counts.get(unitId);
      if (unit !== undefined) unit[record.attendance] += 1;
    }
  }
  return unitIds.map((unitId) => {
    const { principal, deputy, absent } = counts.get(unitId) ?? { principal: 0, deputy: 0, absent: 0 };
    const held = principal + deputy + absent;
    return {
      unitId,
      meetings: held,
      principal,
      deputy,
      absent,
      inPersonRate: held === 0 ? null : principal / held,
      attendedRate: held === 0 ? null : (principal + deputy) / held,
    };
  });
};
