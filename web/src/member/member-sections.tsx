import type { MemberRecord } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { claimsCurrentFirst, teamsCurrentFirst } from "./member-figures.ts";

/** By the day served, newest first; the board's own order follows logging and approval. */
const entriesNewestFirst = (record: MemberRecord) =>
  [...record.recentEntries].sort((a, b) => b.date.localeCompare(a.date));

const teamName = (record: MemberRecord, teamId: string | null): string =>
  teamId ? (record.teams[teamId]?.name ?? teamId) : "";

/** The volunteer teams (志愿服务队) the person serves in or served in. */
export function TeamsSection({ record }: { record: MemberRecord }) {
  const { t } = useI18n();
  const teams = teamsCurrentFirst(record);
  return (
    <section className="member-card" aria-labelledby="member-teams">
      <h2 id="member-teams">{t("member.teams.title")}</h2>
      {teams.length === 0 ? (
        <p className="muted">{t("member.teams.empty")}</p>
      ) : (
        <ul className="member-list">
          {teams.map((team) => (
            <li key={team.teamId} className={`member-item${team.leftOn ? " member-item-past" : ""}`}>
              <div className="member-item-main">
                <span className="member-item-title">{team.name}</span>
                {team.leader ? <span className="chip member-leader">{t("member.team.leader")}</span> : null}
              </div>
              <div className="member-item-meta">
                <span>{t("member.team.joined", { date: team.joinedOn })}</span>
                {team.leftOn ? <span>{t("member.team.left", { date: team.leftOn })}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The newest hour entries with where each stands: awaiting the leader, approved or not. */
export function EntriesSection({ record }: { record: MemberRecord }) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="member-card" aria-labelledby="member-entries">
      <h2 id="member-entries">{t("member.entries.title")}</h2>
      {record.recentEntries.length === 0 ? (
        <p className="muted">{t("member.entries.empty")}</p>
      ) : (
        <ul className="member-list">
          {entriesNewestFirst(record).map((entry) => (
            <li key={entry.entryId} className="member-item">
              <div className="member-item-main">
                <span className="member-item-title">{entry.activity || teamName(record, entry.teamId)}</span>
                <span className="member-hours">
                  {t("member.entry.hours", { n: formatNumber(entry.hours) })}
                </span>
              </div>
              <div className="member-item-meta">
                <span className={`chip member-status-${entry.status}`}>
                  {t(`member.entry.${entry.status}`)}
                </span>
                <span>{entry.date}</span>
                {entry.activity ? <span>{teamName(record, entry.teamId)}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Service posts claimed (认领岗位) with the duties done on each. */
export function ClaimsSection({ record }: { record: MemberRecord }) {
  const { t, formatNumber } = useI18n();
  const claims = claimsCurrentFirst(record);
  return (
    <section className="member-card" aria-labelledby="member-claims">
      <h2 id="member-claims">{t("member.claims.title")}</h2>
      {claims.length === 0 ? (
        <p className="muted">{t("member.claims.empty")}</p>
      ) : (
        <ul className="member-list">
          {claims.map((claim) => (
            <li key={claim.claimId} className={`member-item${claim.releasedOn ? " member-item-past" : ""}`}>
              <div className="member-item-main">
                <span className="member-item-title">{claim.postName}</span>
                <span
                  className={`chip ${claim.releasedOn ? "member-status-ended" : "member-status-approved"}`}
                >
                  {t(claim.releasedOn ? "member.claim.ended" : "member.claim.active")}
                </span>
              </div>
              <div className="member-item-meta">
                <span>
                  {t("member.claim.duties", { n: claim.duties, hours: formatNumber(claim.dutyHours) })}
                </span>
                <span>{t("member.claim.claimed", { date: claim.claimedOn })}</span>
                {claim.releasedOn ? (
                  <span>{t("member.claim.released", { date: claim.releasedOn })}</span>
                ) : null}
                {claim.teamId ? (
                  <span>{t("member.claim.team", { team: teamName(record, claim.teamId) })}</span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The community's yearly evaluation of the member (评议), latest year first. */
export function EvaluationsSection({ record }: { record: MemberRecord }) {
  const { t } = useI18n();
  const evaluations = Object.values(record.evaluations).sort((a, b) => b.year - a.year);
  return (
    <section className="member-card" aria-labelledby="member-evaluations">
      <h2 id="member-evaluations">{t("member.evaluations.title")}</h2>
      {evaluations.length === 0 ? (
        <p className="muted">{t("member.evaluations.empty")}</p>
      ) : (
        <ul className="member-list">
          {evaluations.map((evaluation) => (
            <li key={evaluation.year} className="member-item">
              <div className="member-item-main">
                <span className="member-item-title">
                  {t("member.evaluation.year", { year: evaluation.year })}
                </span>
                <span className={`chip member-grade-${evaluation.grade}`}>
                  {t(`member.grade.${evaluation.grade}`)}
                </span>
              </div>
              {evaluation.comment ? <p className="member-item-note">{evaluation.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
