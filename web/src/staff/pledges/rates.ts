import type { BoardPledge, PledgeTally } from "@cobuild/boards";

/** The share of pledges struck off, as a whole percentage; null when none were made. */
export const fulfilmentRate = ({ made, struckOff }: PledgeTally): number | null =>
  made > 0 ? Math.round((struckOff / made) * 100) : null;

/** Past its due date and neither struck off nor withdrawn, on `today`. */
export const isOverdue = (pledge: BoardPledge, today: string): boolean =>
  (pledge.status === "open" || pledge.status === "fulfilment_pending") && pledge.dueOn < today;

/** Open first (overdue first among them, then by due date), then the closed ones, newest first. */
export const byUrgency = (today: string) => (a: BoardPledge, b: BoardPledge) => {
  const closed = (p: BoardPledge) => (p.status === "struck_off" || p.status === "withdrawn" ? 1 : 0);
  return (
    closed(a) - closed(b) ||
    Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
    (closed(a) ? b.dueOn.localeCompare(a.dueOn) : a.dueOn.localeCompare(b.dueOn)) ||
    a.pledgeId.localeCompare(b.pledgeId)
  );
};
