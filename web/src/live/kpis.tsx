import {
  type CommunityBoard,
  communityFulfilment,
  monthOf,
  type PostsBoard,
  signedAgreements,
  totalHoursThisMonth,
} from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { percent } from "./format.ts";
import { placesOf } from "./supply-figures.ts";

interface KpisProps {
  community: CommunityBoard;
  posts?: PostsBoard;
  today: string;
  /** Extra class for the wall screen's larger tiles. */
  className?: string;
}

/** The headline figures the joint meeting looks at first. */
export function LiveKpis({ community, posts, today, className }: KpisProps) {
  const { t, formatNumber } = useI18n();
  const fulfilment = communityFulfilment(community);
  const agreements = Object.values(community.agreements);
  const places = posts ? placesOf(posts) : undefined;
  return (
    <section className={`kpis live-kpis ${className ?? ""}`} aria-label={t("live.kpis")}>
      <Kpi label={t("live.kpi.units")} value={formatNumber(Object.keys(community.units).length)} />
      <Kpi
        label={t("live.kpi.signed")}
        value={formatNumber(signedAgreements(community).length)}
        detail={t("live.kpi.ofTotal", { n: formatNumber(agreements.length) })}
      />
      <Kpi
        label={t("live.kpi.struckOff")}
        value={formatNumber(fulfilment.struckOff)}
        detail={t("live.kpi.ofTotal", { n: formatNumber(fulfilment.commitments) })}
        tone="ok"
      />
      <Kpi label={t("live.kpi.fulfilment")} value={percent(fulfilment.progress)} />
      <Kpi
        label={t("live.kpi.contributions")}
        value={formatNumber(community.totals.contributions)}
        testId="kpi-contributions"
      />
      <Kpi label={t("live.kpi.participants")} value={formatNumber(community.totals.participants)} />
      <Kpi label={t("live.kpi.hours")} value={formatNumber(totalHoursThisMonth(community, monthOf(today)))} />
      <Kpi
        label={t("live.kpi.openPlaces")}
        value={places ? formatNumber(places.open) : "–"}
        detail={places ? t("live.kpi.ofTotal", { n: formatNumber(places.places) }) : undefined}
      />
    </section>
  );
}

export interface KpiProps {
  label: string;
  value: string;
  detail?: string;
  tone?: "ok";
  testId?: string;
}

/** One headline figure: a big number, an optional "of N", and what it counts. */
export function Kpi({ label, value, detail, tone, testId }: KpiProps) {
  return (
    <div className={`kpi${tone ? ` live-kpi-${tone}` : ""}`} data-testid={testId}>
      <div className="kpi-value">
        {value}
        {detail ? <span className="live-kpi-detail"> {detail}</span> : null}
      </div>
      <div className="kpi-label">{label}</div>
    </div>
  );
}
