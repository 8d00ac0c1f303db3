import { type CommunityBoard, monthOf } from "@cobuild/boards";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "../../i18n/i18n.tsx";
import { lastMonths } from "../../months.ts";
import { hoursByTeam } from "../chart-data.ts";
import { ChartFrame, type ChartTheme, lightChart } from "./chart-frame.tsx";

interface HoursChartProps {
  community: CommunityBoard;
  today: string;
  theme?: ChartTheme;
  height?: number;
}

/** Approved volunteer hours of the last six months, one stacked bar per month, one colour per team. */
export function HoursChart({ community, today, theme = lightChart, height = 300 }: HoursChartProps) {
  const { t, formatNumber } = useI18n();
  const months = lastMonths(monthOf(today), 6);
  const { teams, rows, total } = hoursByTeam(community, months);
  const thisMonth = teams.reduce((sum, team) => sum + Number(rows[rows.length - 1]?.[team.teamId] ?? 0), 0);
  return (
    <ChartFrame
      id="live-chart-hours"
      title={t("live.chart.hours")}
      summary={t("live.chart.hours.summary", {
        from: months[0] ?? "",
        to: months[months.length - 1] ?? "",
        n: teams.length,
        total: formatNumber(total),
        month: formatNumber(thisMonth),
      })}
      empty={teams.length === 0 ? t("live.chart.hours.empty") : undefined}
      height={height}
      table={{
        columns: [t("live.chart.team"), ...months, t("live.chart.total")],
        rows: teams.map((team) => [
          team.name,
          ...rows.map((row) => formatNumber(Number(row[team.teamId] ?? 0))),
          formatNumber(team.total),
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={theme.grid} />
          <XAxis dataKey="month" stroke={theme.muted} tick={{ fill: theme.ink, fontSize: theme.fontSize }} />
          <YAxis stroke={theme.muted} tick={{ fill: theme.muted, fontSize: theme.fontSize }} />
          <Tooltip formatter={(v: unknown) => formatNumber(Number(v))} />
          <Legend
            wrapperStyle={{ fontSize: theme.fontSize }}
            formatter={(value: string) => <span style={{ color: theme.ink }}>{value}</span>}
          />
          {teams.map((team, i) => (
            <Bar
              key={team.teamId}
              dataKey={team.teamId}
              name={team.name}
              stackId="hours"
              fill={theme.series[i % theme.series.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
