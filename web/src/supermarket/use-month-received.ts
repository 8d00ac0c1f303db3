import type { LedgerLine } from "@cobuild/domain";
import { useEffect, useState } from "react";
import { getJson } from "../api.ts";
import { receivedInMonthFromLedger } from "./figures.ts";

/**
 * What a resident already received in a month (YYYY-MM), read from the supermarket's ledger (which only
 * staff and keepers may read), so the keeper sees the room left under the monthly limit before handing
 * out. Undefined while loading or when the ledger cannot be read; `round` asks again after a hand-out.
 */
export function useMonthReceived(
  communityId: string,
  residentId: string | undefined,
  month: string,
  round: number,
): number | undefined {
  const [received, setReceived] = useState<number>();
  useEffect(() => {
    setReceived(undefined);
    if (!residentId || !/^\d{4}-\d{2}$/.test(month)) return;
    let live = true;
    void round;
    const url = `/api/communities/${communityId}/supermarket/ledger?from=${month}-01`;
    void getJson<{ lines: LedgerLine[] }>(url).then((result) => {
      if (live && result.ok) setReceived(receivedInMonthFromLedger(result.data.lines, residentId, month));
    });
    return () => {
      live = false;
    };
  }, [communityId, residentId, month, round]);
  return received;
}
