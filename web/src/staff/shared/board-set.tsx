import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { useBoard } from "../../boards/use-board.ts";

/** What `useBoardSet` gives: the boards received so far, and the watchers the caller must render. */
export interface BoardSet<Data> {
  /** Board id → the board's latest data, for the ids asked for whose snapshot has arrived. */
  boards: Record<string, Data>;
  /** How many of the asked-for boards have arrived. */
  loaded: number;
  /** Invisible elements that follow each board; render them anywhere in the page. */
  watchers: ReactNode;
}

/**
 * Follows a changing set of boards live (every unit's ledger, every team's board). Hooks cannot be
 * called in a loop, so each board gets a small invisible component that follows it with `useBoard` and
 * reports every new version up here.
 */
export function useBoardSet<Data>(boardIds: readonly string[]): BoardSet<Data> {
  const [received, setReceived] = useState<Record<string, Data>>({});
  const report = useCallback((boardId: string, data: Data) => {
    setReceived((previous) => (previous[boardId] === data ? previous : { ...previous, [boardId]: data }));
  }, []);
  const key = boardIds.join("\n");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined key stands for the id list
  const boards = useMemo(() => {
    const out: Record<string, Data> = {};
    for (const id of boardIds) {
      const data = received[id];
      if (data !== undefined) out[id] = data;
    }
    return out;
  }, [key, received]);
  const watchers = boardIds.map((id) => <BoardWatch<Data> key={id} boardId={id} onBoard={report} />);
  return { boards, loaded: Object.keys(boards).length, watchers };
}

function BoardWatch<Data>({
  boardId,
  onBoard,
}: {
  boardId: string;
  onBoard: (boardId: string, data: Data) => void;
}) {
  const { board } = useBoard<Data>(boardId);
  useEffect(() => {
    if (board) onBoard(boardId, board.data);
  }, [board, boardId, onBoard]);
  return null;
}
