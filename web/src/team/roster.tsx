import type { TeamBoard } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { RemoveMemberForm } from "./remove-member.tsx";
import { Reveal } from "./ui.tsx";

/** Roster members by name, the leader first. */
export const rosterOf = (team: TeamBoard) =>
  Object.values(team.roster).sort(
    (a, b) =>
      Number(b.personId === team.leaderId) - Number(a.personId === team.leaderId) ||
      a.name.localeCompare(b.name, "zh-CN"),
  );

/**
 * The team's roster: each member with skills and approved/pending hours; those who may manage the team
 * can take a member off it (never the leader: the domain refuses, so the control is not offered).
 */
export function Roster({ team, manage }: { team: TeamBoard; manage: boolean }) {
  const { t, formatNumber } = useI18n();
  const members = rosterOf(team);
  if (members.length === 0) return <p className="muted">{t("team.roster.empty")}</p>;
  return (
    <ul className="team-roster" aria-label={t("team.roster.title")}>
      {members.map((m) => (
        <li key={m.personId} className="team-member">
          <div className="team-member-head">
            <span className="team-member-name">{m.name}</span>
            {m.personId === team.leaderId ? (
              <span className="chip team-chip-leader">{t("team.leader")}</span>
            ) : null}
            <span className="team-member-hours">
              <span>
                {t("team.roster.approved")} <strong>{formatNumber(m.approvedHours)}</strong>
              </span>
              {m.pendingHours > 0 ? (
                <span className="team-pending">
                  {t("team.roster.pending")} {formatNumber(m.pendingHours)}
                </span>
              ) : null}
            </span>
          </div>
          <div className="team-member-meta">
            {m.skills.length > 0 ? (
              <span className="team-skills">
                {m.skills.map((s) => (
                  <span key={s} className="team-skill">
                    {s}
                  </span>
                ))}
              </span>
            ) : (
              <span className="muted">{t("team.roster.noSkills")}</span>
            )}
            <span className="muted">{t("team.roster.joined", { date: m.joinedOn })}</span>
          </div>
          {manage && m.personId !== team.leaderId ? (
            <Reveal label={t("team.remove.short")} name={t("team.remove.title", { name: m.name })}>
              {(close) => (
                <RemoveMemberForm teamId={team.teamId} personId={m.personId} name={m.name} onCancel={close} />
              )}
            </Reveal>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
