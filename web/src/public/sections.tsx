import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import type {
  PublicAgreement,
  PublicDecision,
  PublicPledges,
  PublicRate,
  PublicSupermarket,
  PublicTeamRoll,
} from "./types.ts";
import { type PublicState, publicApiPath, usePublic } from "./use-public.ts";

/** A rate as a percentage, or a dash when nothing was pledged. */
export const percent = (rate: PublicRate["rate"], dash: string) =>
  rate === null ? dash : `${Math.round(rate * 1000) / 10}%`;

/** Loading, failure or the content of one public answer. */
function Loaded<T>({ state, children }: { state: PublicState<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === "loading") return <p className="muted">{t("public.loading")}</p>;
  if (state.status === "failed")
    return (
      <p className="muted" role="alert">
        {state.problem.status === 404 ? t("public.notFound") : t("public.failed")}
      </p>
    );
  return <>{children(state.data)}</>;
}

/** What a section is given: the community, and on the overview how many entries to show at most. */
export interface SectionProps {
  communityId: string;
  limit?: number;
}

/** The first `limit` entries, or all of them on the section's own page. */
const firstOf = <T,>(list: T[], limit: number | undefined) =>
  limit === undefined ? list : list.slice(0, limit);

/** On the overview, a link to the section's own page when it holds more than is shown. */
function More({ communityId, section, total, limit }: SectionProps & { section: string; total: number }) {
  const { t } = useI18n();
  if (limit === undefined || total <= limit) return null;
  return (
    <p className="public-more">
      <Link to={paths.publicSection(communityId, section)}>{t("public.more", { n: total })}</Link>
    </p>
  );
}

export function AgreementsSection({ communityId, limit }: SectionProps) {
  const { t, formatNumber } = useI18n();
  const state = usePublic<{ agreements: PublicAgreement[] }>(publicApiPath(communityId, "agreements"));
  return (
    <Loaded state={state}>
      {({ agreements }) =>
        agreements.length === 0 ? (
          <p className="muted">{t("public.agreements.none")}</p>
        ) : (
          <>
            <ul className="public-list">
              {firstOf(agreements, limit).map((a) => (
                <li key={a.agreementId} className="public-card">
                  <h3>{a.unitName}</h3>
                  <p className="public-meta">
                    {a.title} · {t(`public.status.${a.status}`)} ·{" "}
                    {t("public.agreement.term", { start: a.termStart, end: a.termEnd })}
                  </p>
                  <ul className="public-commitments">
                    {a.commitments.map((c) => (
                      <li key={c.commitmentId} className={c.fulfilledOn ? "public-done" : undefined}>
                        <span className="public-what">{c.description}</span>
                        <span className="public-meta">
                          {t("public.commitment.progress", {
                            verified: formatNumber(c.verified),
                            target: formatNumber(c.target),
                            unit: c.unitOfMeasure,
                            logged: formatNumber(c.logged),
                          })}{" "}
                          ·{" "}
                          {c.fulfilledOn
                            ? t("public.commitment.struckOff", { date: c.fulfilledOn })
                            : t("public.commitment.due", { date: c.dueDate })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <More communityId={communityId} section="agreements" total={agreements.length} limit={limit} />
          </>
        )
      }
    </Loaded>
  );
}

export function PledgesSection({ communityId, limit }: SectionProps) {
  const { t, tOr } = useI18n();
  const state = usePublic<PublicPledges>(publicApiPath(communityId, "pledges"));
  return (
    <Loaded state={state}>
      {({ year, rate, pledges }) => (
        <>
          <p className="public-lead">
            {t("public.pledges.rate", {
              year,
              made: rate.made,
              struckOff: rate.struckOff,
              rate: percent(rate.rate, t("public.noRate")),
            })}
          </p>
          {pledges.length === 0 ? (
            <p className="muted">{t("public.pledges.none")}</p>
          ) : (
            <>
              <ul className="public-list">
                {firstOf(pledges, limit).map((p) => (
                  <li
                    key={p.pledgeId}
                    className={`public-card${p.status === "struck_off" ? " public-done" : ""}`}
                  >
                    <h3>
                      {p.pledgerLabel}
                      {p.unitName ? t("public.pledge.unit", { unit: p.unitName }) : null}
                    </h3>
                    <p className="public-what">{p.content}</p>
                    <p className="public-meta">
                      {tOr(`staff.pledges.category.${p.category}`, p.category)} ·{" "}
                      {tOr(`staff.pledges.madeTo.${p.madeTo}`, p.madeTo)} ·{" "}
                      {t("public.pledge.due", { date: p.dueOn })} ·{" "}
                      <strong>{tOr(`staff.pledges.status.${p.status}`, p.status)}</strong>
                    </p>
                  </li>
                ))}
              </ul>
              <More communityId={communityId} section="pledges" total={pledges.length} limit={limit} />
            </>
          )}
        </>
      )}
    </Loaded>
  );
}

export function DecisionsSection({ communityId, limit }: SectionProps) {
  const { t } = useI18n();
  const state = usePublic<{ decisions: PublicDecision[] }>(publicApiPath(communityId, "decisions"));
  return (
    <Loaded state={state}>
      {({ decisions }) =>
        decisions.length === 0 ? (
          <p className="muted">{t("public.decisions.none")}</p>
        ) : (
          <>
            <ul className="public-list">
              {firstOf(decisions, limit).map((d) => (
                <li key={d.decisionId} className={`public-card${d.doneOn ? " public-done" : ""}`}>
                  <p className="public-what">{d.text}</p>
                  <p className="public-meta">
                    {t("public.decision.meeting", { date: d.meetingDate, title: d.meetingTitle })}
                    {d.unitNames.length > 0
                      ? ` · ${t("public.decision.units", { units: d.unitNames.join("、") })}`
                      : ""}
                  </p>
                  <p className="public-meta">
                    {t("public.decision.deadline", { date: d.deadline })} ·{" "}
                    <strong>
                      {d.doneOn ? t("public.decision.done", { date: d.doneOn }) : t("public.decision.open")}
                    </strong>
                  </p>
                </li>
              ))}
            </ul>
            <More communityId={communityId} section="decisions" total={decisions.length} limit={limit} />
          </>
        )
      }
    </Loaded>
  );
}

export function SupermarketSection({ communityId, limit }: SectionProps) {
  const { t, formatNumber } = useI18n();
  const state = usePublic<PublicSupermarket>(publicApiPath(communityId, "supermarket"));
  const totals = (label: string, x: PublicSupermarket["thisMonth"]) => (
    <p className="public-lead">
      <strong>{label}</strong>{" "}
      {t("public.supermarket.totals", {
        donations: x.donations,
        received: formatNumber(x.goodsReceived),
        money: formatNumber(x.moneyReceived),
        handouts: x.handouts,
        given: formatNumber(x.goodsHandedOut),
      })}
    </p>
  );
  return (
    <Loaded state={state}>
      {(data) => (
        <>
          {totals(t("public.supermarket.month", { month: data.month }), data.thisMonth)}
          {data.years.slice(0, 2).map((y) => (
            <div key={y.year}>{totals(t("public.supermarket.year", { year: y.year }), y)}</div>
          ))}
          <h3>{t("public.supermarket.donors")}</h3>
          {data.recentDonations.length === 0 ? (
            <p className="muted">{t("public.supermarket.none")}</p>
          ) : (
            <>
              <ul className="public-list">
                {firstOf(data.recentDonations, limit).map((d) => (
                  <li key={d.receiptNo} className="public-card">
                    <p className="public-what">{d.donorName ?? t("public.supermarket.anonymous")}</p>
                    <p className="public-meta">
                      {d.receivedOn} ·{" "}
                      {d.goods
                        .map((g) => `${g.item} ${formatNumber(g.quantity)}${g.unitOfMeasure}`)
                        .join("、")}
                      {d.money ? ` · ${t("public.supermarket.money", { money: formatNumber(d.money) })}` : ""}
                    </p>
                  </li>
                ))}
              </ul>
              <More
                communityId={communityId}
                section="supermarket"
                total={data.recentDonations.length}
                limit={limit}
              />
            </>
          )}
          <p className="muted">{t("public.supermarket.privacy")}</p>
        </>
      )}
    </Loaded>
  );
}

/** The honour roll by team: names teams, never their members. */
export function TeamsSection({ communityId, limit }: SectionProps) {
  const { t, tOr, formatNumber } = useI18n();
  const state = usePublic<PublicTeamRoll>(publicApiPath(communityId, "teams"));
  return (
    <Loaded state={state}>
      {({ year, teams }) => (
        <>
          <p className="public-lead">{t("public.teams.lead", { year })}</p>
          {teams.length === 0 ? (
            <p className="muted">{t("public.teams.none")}</p>
          ) : (
            <>
              <ol className="public-list">
                {firstOf(teams, limit).map((team) => (
                  <li key={team.teamId} className="public-card">
                    <h3>{team.name}</h3>
                    <p className="public-meta">
                      {tOr(`team.teamCategory.${team.category}`, team.category)} ·{" "}
                      {t("public.teams.row", { members: team.members, hours: formatNumber(team.hours) })}
                    </p>
                  </li>
                ))}
              </ol>
              <More communityId={communityId} section="teams" total={teams.length} limit={limit} />
            </>
          )}
        </>
      )}
    </Loaded>
  );
}
