import type { BoardAgreement } from "@cobuild/boards";
import { communityToday } from "../today.ts";

/** Today's date as the community counts it (its time zone, told at login), as YYYY-MM-DD. */
export const localToday = (): string => communityToday();

/**
 * The agreement a unit works under today. A unit signs a new agreement each term, so the board may hold
 * several: prefer the signed one whose term contains today, then the newest signed, then the newest draft.
 */
export function currentAgreement(
  agreements: readonly BoardAgreement[],
  unitId: string,
  today: string,
): BoardAgreement | undefined {
  const ofUnit = agreements
    .filter((a) => a.unitId === unitId)
    .sort((a, b) => b.termStart.localeCompare(a.termStart));
  return (
    ofUnit.find((a) => a.status === "signed" && a.termStart <= today && today <= a.termEnd) ??
    ofUnit.find((a) => a.status === "signed") ??
    ofUnit[0]
  );
}
