import { boardIdOf, PLEDGE_RATES_BOARD, type PledgeRatesBoard, type StreetBoard } from "@cobuild/boards";
import { useState } from "react";
import { useBoard } from "../boards/use-board.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { type PledgeRateRow, pledgeYears, streetPledgeYear } from "./street-pledges.ts";

/**
 * 承诺践诺: the street's pledge fulfilment rates (`pledge-rates:<streetId>`, live) for one year, street-wide,
 * by kind of pledger and by community, so the joint meeting sees whose pledges are not being kept.
 */
export function StreetPledgesSection({ street, today }: { street: StreetBoard; today: string }) {
  const { t } = useI18n();
  const { board } = useBoard<PledgeRatesBoard>(boardIdOf(PLEDGE_RATES_BOARD, street.streetId));
  const years = board ? pledgeYears(board.data) : [];
  const thisYear = today.slice(0, 4);
  const [chosen, setChosen] = useState<string | undefined>();
  const year = chosen ?? (years.includes(thisYear) || years.length === 0 ? thisYear : (years[0] ?? thisYear));
  const figures = board ? streetPledgeYear(board.data, street, year) : undefined;
  return (
    <section
      aria-labelledby="live-street-pledges-heading"
      className="live-section"
      data-testid="street-pledges"
    >
      <div className="live-title">
        <h2 id="live-street-pledges-heading">{t("live.street.pledges", { year })}</h2>
        {years.length > 1 ? (
          <label className="muted live-pledges-year">
            {t("live.street.pledges.year")}{" "}
            <select value={year} onChange={(event) => setChosen(event.target.value)}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {!figures || figures.total.made === 0 ? (
        <p className="muted">{t("live.street.pledges.none")}</p>
      ) : (
        <>
          <RatesTable
            caption={t("live.street.pledges.byKind")}
            rows={[
              { ...figures.total, name: t("live.street.pledges.whole") },
              ...figures.kinds.map((row) => ({ ...row, name: t(`live.street.pledges.kind.${row.kind}`) })),
            ]}
          />
          <RatesTable caption={t("live.street.pledges.byCommunity")} rows={figures.communities} />
        </>
      )}
    </section>
  );
}

function RatesTable({ caption, rows }: { caption: string; rows: readonly PledgeRateRow[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="live-table-wrap">
      <table className="live-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t("live.street.pledges.made")}</th>
            <th scope="col">{t("live.street.pledges.struckOff")}</th>
            <th scope="col">{t("live.street.pledges.rate")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{formatNumber(row.made)}</td>
              <td>{formatNumber(row.struckOff)}</td>
              <td>{row.rate === null ? "—" : `${formatNumber(row.rate)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
