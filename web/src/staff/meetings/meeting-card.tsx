import type { BoardDecision, BoardMeeting, BoardUnit } from "@cobuild/boards";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { CancelMeetingForm, RescheduleForm } from "./change-forms.tsx";
import { MeetingDetailPanel } from "./meeting-detail-panel.tsx";
import { attendanceCounts, hasRecords, meetingActions, meetingPhase } from "./phases.ts";

type Panel = "reschedule" | "cancel" | undefined;

/** One meeting in the list: when and where, how it went, and what can be done with it. */
export function MeetingCard({
  meeting,
  decisions,
  units,
  unitMap,
  today,
  onDone,
}: {
  meeting: BoardMeeting;
  decisions: BoardDecision[];
  units: BoardUnit[];
  unitMap: Record<string, BoardUnit>;
  today: string;
  onDone: (message: string) => void;
}) {
  const { t, formatNumber } = useI18n();
  const [panel, setPanel] = useState<Panel>();
  const [open, setOpen] = useState(false);
  const phase = meetingPhase(meeting, today);
  const actions = meetingActions(meeting, hasRecords(meeting, decisions), today);
  const counts = attendanceCounts(
    meeting,
    units.map((u) => u.unitId),
  );
  const recorded = counts.principal + counts.deputy + counts.absent;
  const openDecisions = decisions.filter((d) => d.doneOn === null).length;
  const done = (message: string) => {
    setPanel(undefined);
    onDone(message);
  };
  const headingId = `meeting-${meeting.meetingId}`;

  return (
    <li className="staff-card staff-meeting" aria-labelledby={headingId}>
      <div className="staff-card-head">
        <h3 id={headingId}>{meeting.title}</h3>
        <span className={`chip staff-chip-${phase}`}>{t(`staff.meetings.phase.${phase}`)}</span>
      </div>
      <p className="staff-meeting-when">
        {meeting.date}
        {meeting.startTime ? ` ${meeting.startTime}` : ""} · {meeting.place}
      </p>
      {recorded > 0 || decisions.length > 0 ? (
        <p className="feed-meta">
          {t("staff.meetings.summary", {
            principal: formatNumber(counts.principal),
            deputy: formatNumber(counts.deputy),
            absent: formatNumber(counts.absent),
            decisions: formatNumber(decisions.length),
            open: formatNumber(openDecisions),
          })}
        </p>
      ) : null}
      {panel === "reschedule" ? (
        <RescheduleForm meeting={meeting} onDone={done} onClose={() => setPanel(undefined)} />
      ) : null}
      {panel === "cancel" ? (
        <CancelMeetingForm meeting={meeting} onDone={done} onClose={() => setPanel(undefined)} />
      ) : null}
      {panel ? null : (
        <div className="actions">
          <button
            type="button"
            className={`button${actions.record ? " button-primary" : ""}`}
            aria-expanded={open}
            aria-controls={`${headingId}-detail`}
            aria-label={t(
              open
                ? "staff.meetings.closeOne"
                : actions.record
                  ? "staff.meetings.recordOne"
                  : "staff.meetings.openOne",
              { title: meeting.title },
            )}
            onClick={() => setOpen(!open)}
          >
            {open
              ? t("staff.meetings.close")
              : actions.record
                ? t("staff.meetings.record")
                : t("staff.meetings.open")}
          </button>
          {actions.reschedule ? (
            <button
              type="button"
              className="button"
              aria-label={t("staff.meetings.rescheduleOne", { title: meeting.title })}
              onClick={() => setPanel("reschedule")}
            >
              {t("staff.meetings.reschedule")}
            </button>
          ) : null}
          {actions.cancel ? (
            <button
              type="button"
              className="button"
              aria-label={t("staff.meetings.cancelOne", { title: meeting.title })}
              onClick={() => setPanel("cancel")}
            >
              {t("staff.meetings.cancel")}
            </button>
          ) : null}
        </div>
      )}
      <div id={`${headingId}-detail`}>
        {open ? (
          <MeetingDetailPanel
            meeting={meeting}
            decisions={decisions}
            units={units}
            unitMap={unitMap}
            canRecord={actions.record}
            onDone={onDone}
          />
        ) : null}
      </div>
    </li>
  );
}
