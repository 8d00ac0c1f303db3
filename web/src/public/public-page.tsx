import type { ReactNode } from "react";
import { Link, NavLink, useParams } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import {
  AgreementsSection,
  DecisionsSection,
  PledgesSection,
  percent,
  type SectionProps,
  SupermarketSection,
  TeamsSection,
} from "./sections.tsx";
import { type PublicSection, type PublicSummary, publicSections } from "./types.ts";
import { publicApiPath, usePublic } from "./use-public.ts";

/** Each section's content, by its name in the path. */
export const sectionContent: Record<PublicSection, (props: SectionProps) => ReactNode> = {
  agreements: AgreementsSection,
  pledges: PledgesSection,
  decisions: DecisionsSection,
  supermarket: SupermarketSection,
  teams: TeamsSection,
};

const isSection = (value: string | undefined): value is PublicSection =>
  publicSections.some((s) => s === value);

/** The header every public page shares: the community's name, a summary, the tabs and the language. */
function PublicFrame({ communityId, children }: { communityId: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const summary = usePublic<PublicSummary>(publicApiPath(communityId));
  return (
    <div className="public-site">
      <header className="public-header">
        <div className="public-title-row">
          <h1>{summary.status === "ready" ? summary.data.name : t("public.title")}</h1>
          <button type="button" className="lang" onClick={() => setLang(lang === "zh-CN" ? "en" : "zh-CN")}>
            {t("lang.switch")}
          </button>
        </div>
        {summary.status === "ready" ? (
          <p className="public-meta">
            {summary.data.street} · {t("public.title")}
          </p>
        ) : null}
        {summary.status === "failed" ? (
          <p role="alert">{summary.problem.status === 404 ? t("public.notFound") : t("public.failed")}</p>
        ) : null}
        <nav className="public-tabs" aria-label={t("public.sections")}>
          <NavLink to={paths.publicSite(communityId)} end>
            {t("public.overview")}
          </NavLink>
          {publicSections.map((s) => (
            <NavLink key={s} to={paths.publicSection(communityId, s)}>
              {t(`public.section.${s}`)}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="public-main">
        {summary.status === "ready" ? <Summary data={summary.data} /> : null}
        {summary.status === "failed" ? null : children}
      </main>
    </div>
  );
}

function Summary({ data }: { data: PublicSummary }) {
  const { t } = useI18n();
  return (
    <section className="public-summary" aria-label={t("public.overview")}>
      <p>
        {t("public.summary", {
          year: data.year,
          units: data.units,
          agreements: data.agreements,
          fulfilled: data.commitments.fulfilled,
          commitments: data.commitments.total,
        })}
      </p>
      <p>
        {t("public.summary.more", {
          open: data.decisions.open,
          decisions: data.decisions.total,
          rate: percent(data.pledges.rate, t("public.noRate")),
        })}
      </p>
    </section>
  );
}

/** One section with its heading and a link to its poster. */
function SectionBlock({ communityId, section, limit }: SectionProps & { section: PublicSection }) {
  const { t } = useI18n();
  const Content = sectionContent[section];
  return (
    <section className="public-section" aria-labelledby={`public-${section}`}>
      <div className="public-section-head">
        <h2 id={`public-${section}`}>{t(`public.section.${section}`)}</h2>
        <Link className="public-poster-link" to={paths.publicPoster(communityId, section)}>
          {t("public.poster")}
        </Link>
      </div>
      <Content communityId={communityId} limit={limit} />
    </section>
  );
}

/** Entries per section on the overview: a short first page for a cheap phone; each section has all. */
const OVERVIEW_LIMIT = 3;

/** The public disclosure site (公开栏) of one community: no login, every section in short on one page. */
export function PublicSitePage() {
  const { communityId = "" } = useParams();
  return (
    <PublicFrame communityId={communityId}>
      {publicSections.map((s) => (
        <SectionBlock key={s} communityId={communityId} section={s} limit={OVERVIEW_LIMIT} />
      ))}
    </PublicFrame>
  );
}

/** One section of the public site, the page a poster's QR code opens. */
export function PublicSectionPage() {
  const { communityId = "", section } = useParams();
  const { t } = useI18n();
  return (
    <PublicFrame communityId={communityId}>
      {isSection(section) ? (
        <SectionBlock communityId={communityId} section={section} />
      ) : (
        <p role="alert">{t("public.notFound")}</p>
      )}
    </PublicFrame>
  );
}

export { isSection };
