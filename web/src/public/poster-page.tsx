import { Link, useParams } from "react-router";
import { localToday } from "../boards/agreements.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { isSection, sectionContent } from "./public-page.tsx";
import { QrCode } from "./qr-code.tsx";
import type { PublicSummary } from "./types.ts";
import { publicApiPath, usePublic } from "./use-public.ts";

/**
 * An A4 poster of one section for the courtyard notice board (公开栏): the community's name, the
 * section as it stands today, and a QR code of the section's page so residents can follow it on a phone.
 * public.css's print rules hide the buttons and fit the page to A4.
 */
export function PublicPosterPage() {
  const { communityId = "", section } = useParams();
  const { t } = useI18n();
  const summary = usePublic<PublicSummary>(publicApiPath(communityId));
  if (!isSection(section)) return <p role="alert">{t("public.notFound")}</p>;
  const Content = sectionContent[section];
  const pageUrl = new URL(paths.publicSection(communityId, section), window.location.origin).href;
  return (
    <div className="public-poster">
      <div className="public-poster-tools">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t("public.poster.print")}
        </button>
        <Link to={paths.publicSection(communityId, section)}>{t("public.poster.back")}</Link>
      </div>
      <header className="public-poster-head">
        <div>
          <p className="public-meta">{summary.status === "ready" ? summary.data.street : ""}</p>
          <h1>{summary.status === "ready" ? summary.data.name : t("public.title")}</h1>
          <h2>{t(`public.section.${section}`)}</h2>
          <p className="public-meta">{t("public.poster.updated", { date: localToday() })}</p>
        </div>
        <figure className="public-qr">
          <QrCode text={pageUrl} label={pageUrl} />
          <figcaption>{t("public.poster.scan")}</figcaption>
        </figure>
      </header>
      <Content communityId={communityId} />
    </div>
  );
}
