import type { BoardMeeting, BoardUnit } from "@cobuild/boards";
import { useI18n } from "../../i18n/i18n.tsx";
import { AttendanceRow } from "./attendance-row.tsx";
import { attendanceCounts } from "./phases.ts";
import type { MeetingDetail } from "./use-meeting-detail.ts";

/** 出席情况: one row per member unit, each saved on its own. */
export function AttendanceGrid({
  meeting,
  units,
  detail,
}: {
  meeting: BoardMeeting;
  units: BoardUnit[];
  detail: MeetingDetail | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const counts = attendanceCounts(
    meeting,
    units.map((u) => u.unitId),
  );
  const recorded = new Map(detail?.attendance.map((a) => [a.unitId, a]));
  const headingId = `attendance-${meeting.meetingId}`;
  return (
    <section className="staff-att" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("staff.attendance.title")}</h4>
      <p className="muted">
        {t("staff.attendance.counts", {
          principal: formatNumber(counts.principal),
          deputy: formatNumber(counts.deputy),
          absent: formatNumber(counts.absent),
          unrecorded: formatNumber(counts.unrecorded),
        })}
      </p>
      {detail ? (
        <div className="staff-att-grid">
          {units.map((unit) => {
            const r = recorded.get(unit.unitId);
            // A new record from the API (saved here or elsewhere) starts the row afresh from it.
            const key = `${unit.unitId}:${r?.attendance ?? ""}:${r?.attendeeName ?? ""}`;
            return <AttendanceRow key={key} meetingId={meeting.meetingId} unit={unit} recorded={r} />;
          })}
        </div>
      ) : (
        <p className="muted" role="status">
          {t("staff.common.loading")}
        </p>
      )}
    </section>
  );
}
