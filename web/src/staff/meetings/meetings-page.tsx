import type { BoardDecision } from "@cobuild/boards";
import { useMemo, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { MeetingCard } from "./meeting-card.tsx";
import { splitMeetings } from "./phases.ts";
import { ScheduleMeetingForm } from "./schedule-form.tsx";

/** 党建联席会议: meetings to come and held, scheduling, attendance and decisions. */
export function MeetingsPage() {
  return (
    <StaffFrame title="staff.meetings.title" intro="staff.meetings.intro">
      {(context) => <Meetings {...context} />}
    </StaffFrame>
  );
}

function Meetings({ communityId, board }: StaffContext) {
  const { t, formatNumber } = useI18n();
  const [scheduling, setScheduling] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const today = localToday();
  const units = useMemo(
    () => Object.values(board.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    [board.units],
  );
  const decisionsByMeeting = useMemo(() => {
    const map = new Map<string, BoardDecision[]>();
    for (const d of Object.values(board.decisions))
      map.set(d.meetingId, [...(map.get(d.meetingId) ?? []), d]);
    return map;
  }, [board.decisions]);
  const { upcoming, past } = splitMeetings(Object.values(board.meetings), today);
  const card = (meeting: (typeof upcoming)[number]) => (
    <MeetingCard
      key={meeting.meetingId}
      meeting={meeting}
      decisions={decisionsByMeeting.get(meeting.meetingId) ?? []}
      units={units}
      unitMap={board.units}
      today={today}
      onDone={setAnnouncement}
    />
  );

  return (
    <>
      <p className="staff-announce" role="status">
        {announcement}
      </p>
      <div className="staff-toolbar">
        <p className="muted">
          {t("staff.meetings.count", { n: formatNumber(Object.keys(board.meetings).length) })}
        </p>
        {scheduling ? null : (
          <button type="button" className="button button-primary" onClick={() => setScheduling(true)}>
            {t("staff.schedule.title")}
          </button>
        )}
      </div>
      {scheduling ? (
        <ScheduleMeetingForm
          communityId={communityId}
          onClose={() => setScheduling(false)}
          onDone={(message) => {
            setScheduling(false);
            setAnnouncement(message);
          }}
        />
      ) : null}
      <section aria-labelledby="meetings-upcoming" className="staff-section">
        <h2 id="meetings-upcoming">{t("staff.meetings.upcoming")}</h2>
        {upcoming.length === 0 ? <p className="staff-empty">{t("staff.meetings.noneUpcoming")}</p> : null}
        <ul className="staff-cards staff-cards-wide">{upcoming.map(card)}</ul>
      </section>
      <section aria-labelledby="meetings-past" className="staff-section">
        <h2 id="meetings-past">{t("staff.meetings.past")}</h2>
        {past.length === 0 ? <p className="staff-empty">{t("staff.meetings.nonePast")}</p> : null}
        <ul className="staff-cards staff-cards-wide">{past.map(card)}</ul>
      </section>
    </>
  );
}
