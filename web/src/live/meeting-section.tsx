import { type CommunityBoard, lastMeeting, openDecisions } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

const KINDS = ["principal", "deputy", "absent", "notRecorded"] as const;

/** The last joint meeting's attendance, unit by unit, and the decisions still open with their deadlines. */
export function MeetingSection({ community, today }: { community: CommunityBoard; today: string }) {
  const { t, formatNumber } = useI18n();
  const held = lastMeeting(community, today);
  const meeting = held?.meeting;
  const count = held?.attendance;
  const decisions = openDecisions(community);
  const units = Object.values(community.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return (
    <section aria-labelledby="live-meeting-heading" className="live-section live-card live-meeting">
      <h2 id="live-meeting-heading">{t("live.meeting")}</h2>
      {meeting && count ? (
        <>
          <p className="live-meeting-title">
            <strong>{meeting.title}</strong>{" "}
            <span className="muted">
              {t("live.meeting.when", { date: meeting.date, place: meeting.place })}
            </span>
          </p>
          <ul className="live-attendance-counts" aria-label={t("live.attendance.byUnit")}>
            {KINDS.map((kind) => (
              <li key={kind} className={`live-att live-att-${kind}`}>
                <span className="live-att-n">{formatNumber(count[kind])}</span>
                <span>{t(`live.attendance.${kind}`)}</span>
              </li>
            ))}
          </ul>
          <details className="live-details">
            <summary>{t("live.attendance.byUnit")}</summary>
            <ul className="live-att-units">
              {units.map((unit) => {
                const kind = meeting.attendance[unit.unitId] ?? "notRecorded";
                return (
                  <li key={unit.unitId}>
                    <span>{unit.name}</span>
                    <span className={`chip live-att-chip-${kind}`}>{t(`live.attendance.${kind}`)}</span>
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      ) : (
        <p className="muted">{t("live.meeting.none")}</p>
      )}
      <h3 className="live-subhead">{t("live.decisions")}</h3>
      {decisions.length === 0 ? <p className="muted">{t("live.decisions.none")}</p> : null}
      <ul className="live-decisions">
        {decisions.map((d) => {
          const late = d.deadline < today;
          return (
            <li key={d.decisionId} className={late ? "live-decision live-decision-late" : "live-decision"}>
              <div>{d.text}</div>
              <div className="feed-meta">
                <span className={late ? "live-late" : undefined}>
                  {t("live.decisions.deadline", { date: d.deadline })}
                  {late ? ` · ${t("live.late")}` : ""}
                </span>
                {d.assignedUnitIds.length > 0
                  ? ` · ${d.assignedUnitIds.map((id) => community.units[id]?.name ?? id).join("、")}`
                  : ""}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
