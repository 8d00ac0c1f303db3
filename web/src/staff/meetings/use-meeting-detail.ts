import type { MeetingAttendanceKind } from "@cobuild/domain";
import { useEffect, useState } from "react";
import { getJson } from "../../api.ts";

/** What the API tells about one meeting beyond the board: its agenda, who came, why it was cancelled. */
export interface MeetingDetail {
  meetingId: string;
  agenda: { title: string; presenter?: string }[];
  cancelReason: string | null;
  attendance: {
    unitId: string;
    attendance: MeetingAttendanceKind;
    attendeeName: string | null;
    note: string;
  }[];
}

/**
 * Reads a meeting from the API, again whenever `version` changes: the caller passes something that
 * changes with the meeting's entry on the live board, so what is shown follows the board.
 */
export function useMeetingDetail(meetingId: string, version: string) {
  const [detail, setDetail] = useState<MeetingDetail>();
  const [failed, setFailed] = useState<string>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reason to read again
  useEffect(() => {
    let live = true;
    void getJson<MeetingDetail>(`/api/meetings/${encodeURIComponent(meetingId)}`).then((result) => {
      if (!live) return;
      if (result.ok) {
        setDetail(result.data);
        setFailed(undefined);
      } else setFailed(result.problem.code);
    });
    return () => {
      live = false;
    };
  }, [meetingId, version]);
  return { detail, failed };
}
