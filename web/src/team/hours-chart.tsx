import { addQuantities } from "@cobuild/domain";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { localToday } from "../boards/agreements.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { hoursInMonths, lastMonths } from "../months.ts";

const MONTHS_SHOWN = 12;

/** Approved service hours by month for the last year, as bars and, for screen readers, as a table. */
export function HoursChart({
  hoursByMonth,
  titleId,
}: {
  hoursByMonth: Record<string, number>;
  titleId: string;
}) {
  const { t, formatNumber } = useI18n();
  const months = hoursInMonths(hoursByMonth, lastMonths(localToday().slice(0, 7), MONTHS_SHOWN));
  const total = months.reduce((sum, m) => addQuantities(sum, m.hours), 0);
  const summary = t("team.chart.summary", { months: MONTHS_SHOWN, total: formatNumber(total) });
  return (
    <figure className="team-chart" aria-labelledby={titleId}>
      <div role="img" aria-label={summary} className="team-chart-canvas">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={(m: string) => m.slice(5)} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [t("team.hours", { n: formatNumber(Number(value)) }), ""]} />
            <Bar dataKey="hours" fill="#b71c1c" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">{summary}</figcaption>
      <table className="team-sr-only">
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t("team.chart.month")}</th>
            <th scope="col">{t("team.chart.hours")}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td>{formatNumber(m.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
