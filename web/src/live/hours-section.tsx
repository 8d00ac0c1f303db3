import { type CommunityBoard, hoursThisMonth, monthOf } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

/** Approved volunteer hours this month, team by team, with a bar relative to the busiest team. */
export function HoursSection({ community, today }: { community: CommunityBoard; today: string }) {
  const { t, tOr, formatNumber } = useI18n();
  const teams = hoursThisMonth(community, monthOf(today));
  const most = Math.max(1, ...teams.map((team) => team.hours));
  return (
    <section aria-labelledby="live-hours-heading" className="live-section live-card">
      <h2 id="live-hours-heading">{t("live.hours")}</h2>
      {teams.length === 0 ? <p className="muted">{t("live.hours.none")}</p> : null}
      <ul className="live-hours">
        {teams.map((team) => {
          const members = community.teams[team.teamId]?.members ?? 0;
          return (
            <li key={team.teamId}>
              <div className="live-hours-line">
                <span className="live-hours-name">{team.name}</span>
                <span className="muted live-hours-meta">
                  {tOr(`live.teamCategory.${team.category}`, team.category)}
                  {` · ${t("live.hours.members", { n: formatNumber(members) })}`}
                </span>
                <strong className="live-hours-value">
                  {t("live.hours.value", { n: formatNumber(team.hours) })}
                </strong>
              </div>
              <div className="bar" aria-hidden="true">
                <div
                  className="bar-fill live-hours-fill"
                  style={{ width: `${(team.hours / most) * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
