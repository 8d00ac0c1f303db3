import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { localToday } from "../boards/agreements.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { hoursSeries, seriesSummary } from "./member-figures.ts";

const MONTHS_SHOWN = 12;

const dateOf = (month: string) => {
  const [year = 2000, m = 1] = month.split("-").map(Number);
  return new Date(year, m - 1, 1);
};

/**
 * A person's approved hours for the last year as bars; the summary sentence names the chart for screen
 * readers and a table under it gives every month's number as text.
 */
export function MemberHoursChart({ byMonth, titleId }: { byMonth: Record<string, number>; titleId: string }) {
  const { t, lang, formatNumber } = useI18n();
  const series = hoursSeries(byMonth, localToday().slice(0, 7), MONTHS_SHOWN);
  const { total, busiest } = seriesSummary(series);
  const short = new Intl.DateTimeFormat(lang, { month: "short" });
  const long = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long" });
  const summary = busiest
    ? t("member.hours.summary", {
        n: MONTHS_SHOWN,
        total: formatNumber(total),
        month: long.format(dateOf(busiest.month)),
        max: formatNumber(busiest.hours),
      })
    : t("member.hours.none", { n: MONTHS_SHOWN });
  return (
    <figure className="member-chart" aria-labelledby={titleId}>
      <div role="img" aria-label={summary} className="member-chart-canvas">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={series} margin={{ top: 8, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="month"
              tickFormatter={(m: string) => short.format(dateOf(m))}
              tick={{ fontSize: 11 }}
              interval="preserveStartEnd"
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip
              labelFormatter={(m) => long.format(dateOf(String(m)))}
              formatter={(value) => [t("member.hours.tooltip", { n: formatNumber(Number(value)) }), ""]}
            />
            {/* No growing animation: a record is read, not watched, and motion helps no one here. */}
            <Bar dataKey="hours" fill="#b71c1c" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted member-small">{summary}</figcaption>
      <table className="member-sr-only">
        <caption>{t("member.hours.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("member.hours.month")}</th>
            <th scope="col">{t("member.hours.hours")}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.month}>
              <th scope="row">{long.format(dateOf(point.month))}</th>
              <td>{formatNumber(point.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
