import type { BoardDecision, BoardMeeting, BoardUnit } from "@cobuild/boards";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { AttendanceGrid } from "./attendance-grid.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { DecisionList } from "./decision-list.tsx";
import { useMeetingDetail } from "./use-meeting-detail.ts";

/** A meeting opened up: its agenda, and once held, attendance per unit and its decisions. */
export function MeetingDetailPanel({
  meeting,
  decisions,
  units,
  unitMap,
  canRecord,
  onDone,
}: {
  meeting: BoardMeeting;
  decisions: BoardDecision[];
  units: BoardUnit[];
  unitMap: Record<string, BoardUnit>;
  canRecord: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  // The board entry changes with every record made at the meeting: read the details again then.
  const version = JSON.stringify(meeting);
  const { detail, failed } = useMeetingDetail(meeting.meetingId, version);
  const [deciding, setDeciding] = useState(false);
  return (
    <div className="staff-meeting-detail">
      {failed ? (
        <p className="form-error" role="alert">
          {t("staff.meetings.detailFailed")}
        </p>
      ) : null}
      {detail?.cancelReason ? (
        <p className="notice">{t("staff.meetings.cancelReason", { reason: detail.cancelReason })}</p>
      ) : null}
      <h4>{t("staff.meetings.agenda")}</h4>
      {detail ? (
        <ol className="staff-agenda">
          {detail.agenda.map((item, i) => (
            // Agenda items have no ids; their order is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              {item.title}
              {item.presenter ? <span className="muted"> · {item.presenter}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("staff.common.loading")}</p>
      )}
      {canRecord ? (
        <>
          <AttendanceGrid meeting={meeting} units={units} detail={detail} />
          <section aria-labelledby={`decisions-${meeting.meetingId}`}>
            <div className="section-head">
              <h4 id={`decisions-${meeting.meetingId}`}>{t("staff.decision.list")}</h4>
              {deciding ? null : (
                <button type="button" className="button" onClick={() => setDeciding(true)}>
                  {t("staff.decision.title")}
                </button>
              )}
            </div>
            {deciding ? (
              <DecisionForm
                meeting={meeting}
                units={units}
                onClose={() => setDeciding(false)}
                onDone={(message) => {
                  setDeciding(false);
                  onDone(message);
                }}
              />
            ) : null}
            <DecisionList decisions={decisions} units={unitMap} meetingDate={meeting.date} />
          </section>
        </>
      ) : null}
    </div>
  );
}
