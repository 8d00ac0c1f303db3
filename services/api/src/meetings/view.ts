import { type ExistingMeeting, isOverdue } from "@cobuild/domain";

/** A unit's name from the catalogue; own keys only, so an id such as "constructor" finds nothing. */
export const unitNameOf = (names: Readonly<Record<string, string>>, unitId: string): string | null =>
  Object.hasOwn(names, unitId) ? (names[unitId] ?? null) : null;

/**
 * A meeting as the API shows it: attendance per unit and each decision with its units and an overdue
 * flag (not done and past its deadline on `today`). Names come from the catalogue, which trails the
 * log by a moment, so a unit registered just now may show without one.
 */
export function meetingView(
  meeting: ExistingMeeting,
  today: string,
  unitNames: Readonly<Record<string, string>>,
) {
  const { attendance, decisions, status, ...record } = meeting;
  return {
    ...record,
    status,
    cancelReason: meeting.status === "cancelled" ? meeting.cancelReason : null,
    attendance: [...attendance].map(([unitId, { attendance: kind, attendeeName, note }]) => ({
      unitId,
      unitName: unitNameOf(unitNames, unitId),
      attendance: kind,
      attendeeName: attendeeName ?? null,
      note,
    })),
    decisions: [...decisions.values()].map(({ done, ...decision }) => ({
      ...decision,
      assignedUnits: decision.assignedUnitIds.map((unitId) => ({
        unitId,
        unitName: unitNameOf(unitNames, unitId),
      })),
      done: done ?? null,
      overdue: isOverdue({ deadline: decision.deadline, done }, today),
    })),
  };
}
export type MeetingView = ReturnType<typeof meetingView>;
