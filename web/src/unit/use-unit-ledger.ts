import { boardIdOf, UNIT_LEDGER, type UnitLedger } from "@cobuild/boards";
import { type BoardView, useBoard } from "../boards/use-board.ts";

/** Follows one unit's ledger (`unit:<unitId>`) live. */
export const useUnitLedger = (unitId: string): BoardView<UnitLedger> =>
  useBoard<UnitLedger>(boardIdOf(UNIT_LEDGER, unitId));
