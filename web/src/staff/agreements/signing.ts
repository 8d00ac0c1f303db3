import type { BoardAgreement, BoardMeeting } from "@cobuild/boards";

/**
 * The joint meetings an agreement can be signed at, newest first: the community's meetings that were
 * not cancelled, already took place (a signature is never dated ahead) and fall in the window the
 * agreement allows (from a year before its term starts to its end).
 */
export function signingMeetings(
  meetings: readonly BoardMeeting[],
  agreement: Pick<BoardAgreement, "termStart" | "termEnd">,
  today: string,
): BoardMeeting[] {
  const earliest = `${Number(agreement.termStart.slice(0, 4)) - 1}${agreement.termStart.slice(4)}`;
  return meetings
    .filter(
      (m) => m.status === "scheduled" && m.date <= today && m.date <= agreement.termEnd && m.date >= earliest,
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
