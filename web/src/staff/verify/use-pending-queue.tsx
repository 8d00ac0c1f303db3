import {
  boardIdOf,
  type CommunityBoard,
  TEAM_BOARD,
  type TeamBoard,
  UNIT_LEDGER,
  type UnitLedger,
} from "@cobuild/boards";
import { type ReactNode, useMemo } from "react";
import { useBoardSet } from "../shared/board-set.tsx";
import {
  disputedCount,
  type PendingContribution,
  type PendingHours,
  pendingContributions,
  pendingHours,
} from "./pending.ts";

/** The verification queue of a community, live, and how much of it has arrived. */
export interface PendingQueue {
  contributions: PendingContribution[];
  hours: PendingHours[];
  disputed: number;
  ledgers: { loaded: number; total: number };
  teams: { loaded: number; total: number };
  /** Render these somewhere in the page: they follow the boards. */
  watchers: ReactNode;
}

/**
 * Follows every unit's ledger and every team's board of the community: pending items live there,
 * and a verification done on another screen removes the item here as soon as its board changes.
 */
export function usePendingQueue(board: CommunityBoard): PendingQueue {
  const ledgerIds = useMemo(
    () =>
      Object.keys(board.units)
        .sort()
        .map((id) => boardIdOf(UNIT_LEDGER, id)),
    [board.units],
  );
  const teamIds = useMemo(
    () =>
      Object.keys(board.teams)
        .sort()
        .map((id) => boardIdOf(TEAM_BOARD, id)),
    [board.teams],
  );
  const ledgers = useBoardSet<UnitLedger>(ledgerIds);
  const teams = useBoardSet<TeamBoard>(teamIds);
  const ledgerBoards = ledgers.boards;
  const contributions = useMemo(() => pendingContributions(Object.values(ledgerBoards)), [ledgerBoards]);
  const disputed = useMemo(() => disputedCount(Object.values(ledgerBoards)), [ledgerBoards]);
  const teamBoards = teams.boards;
  const hours = useMemo(() => pendingHours(Object.values(teamBoards)), [teamBoards]);
  return {
    contributions,
    hours,
    disputed,
    ledgers: { loaded: ledgers.loaded, total: ledgerIds.length },
    teams: { loaded: teams.loaded, total: teamIds.length },
    watchers: (
      <>
        {ledgers.watchers}
        {teams.watchers}
      </>
    ),
  };
}
