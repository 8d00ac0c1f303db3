import type { BoardPledge, PledgesBoard } from "@cobuild/boards";

/**
 * The person's own pledges (个人承诺) on the community's board, newest first: by the day made; pledges
 * made the same day in the reverse of the board's order, which lists them as they were made.
 */
export const ownPledges = (board: PledgesBoard | undefined, personId: string): BoardPledge[] =>
  Object.values(board?.pledges ?? {})
    .filter((p) => p.pledger.kind === "member" && p.pledger.personId === personId)
    .reverse()
    .sort((a, b) => b.madeOn.localeCompare(a.madeOn));

/** What was done can be recorded while the pledge is open: not struck off or withdrawn, none waiting for staff. */
export const mayRecordFulfilment = (pledge: BoardPledge): boolean => pledge.status === "open";

/**
 * Still to be kept after its due date. Unlike the staff list, a fulfilment waiting for staff is not
 * overdue here: the member did their part, whenever staff get to it.
 */
export const overdueToKeep = (pledge: BoardPledge, today: string): boolean =>
  mayRecordFulfilment(pledge) && pledge.dueOn < today;
