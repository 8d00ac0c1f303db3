import type { StreetBoard } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { percent } from "./format.ts";
import { Kpi } from "./kpis.tsx";
import { streetTotals } from "./street-figures.ts";

/** The street's headline figures, every community added up. */
export function StreetKpis({ street, today }: { street: StreetBoard; today: string }) {
  const { t, formatNumber } = useI18n();
  const totals = streetTotals(street, today);
  const of = (n: number) => t("live.kpi.ofTotal", { n: formatNumber(n) });
  return (
    <section className="kpis live-kpis" aria-label={t("live.kpis")}>
      <Kpi label={t("live.street.kpi.communities")} value={formatNumber(totals.communities)} />
      <Kpi label={t("live.kpi.units")} value={formatNumber(totals.units)} />
      <Kpi label={t("live.kpi.signed")} value={formatNumber(totals.signedAgreements)} />
      <Kpi
        label={t("live.kpi.struckOff")}
        value={formatNumber(totals.fulfilled)}
        detail={of(totals.commitments)}
        tone="ok"
      />
      <Kpi
        label={t("live.street.fulfilment")}
        value={percent(totals.commitments === 0 ? 0 : totals.fulfilled / totals.commitments)}
      />
      <Kpi label={t("live.kpi.contributions")} value={formatNumber(totals.contributions)} />
      <Kpi label={t("live.kpi.hours")} value={formatNumber(totals.hoursThisMonth)} />
      <Kpi label={t("live.street.places")} value={formatNumber(totals.claimed)} detail={of(totals.places)} />
      <Kpi label={t("live.street.kpi.overdue")} value={formatNumber(totals.overdue)} />
    </section>
  );
}
