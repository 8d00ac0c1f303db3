import type { TeamBoard } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

/** Hours the leader logged that staff have not yet approved, newest first. */
export function PendingHours({ team }: { team: TeamBoard }) {
  const { t, formatNumber } = useI18n();
  const entries = Object.values(team.pending).sort(
    (a, b) => b.date.localeCompare(a.date) || a.personName.localeCompare(b.personName, "zh-CN"),
  );
  if (entries.length === 0) return <p className="muted">{t("team.pending.empty")}</p>;
  return (
    <ul className="feed team-pending-list">
      {entries.map((e) => (
        <li key={e.entryId} className="feed-item">
          <div>
            <strong>{e.personName}</strong> · {e.activity}{" "}
            <span className="feed-qty">{t("team.hours", { n: formatNumber(e.hours) })}</span>
          </div>
          <div className="feed-meta">
            {e.date} · <span className="chip chip-draft">{t("team.pending.status")}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
