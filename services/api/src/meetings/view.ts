import { type ExistingMeeting, isOverdue } from "@cobuild/domain";

/** A meeting as the API shows it: attendance per unit and each decision flagged when overdue. */
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
    attendance: [...attendance].map(([unitId, a]) => ({ unitId, unitName: unitNames[unitId] ?? null, ...a })),
    decisions: [...decisions.values()].map((d) => ({
      ...d,
      done: d.done ?? null,
      overdue: isOverdue(d, today),
    })),
  };
}
