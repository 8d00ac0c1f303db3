import type { CommunityBoard } from "@cobuild/boards";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useI18n } from "../../i18n/i18n.tsx";
import { contributionsByUnit } from "../chart-data.ts";
import { ChartFrame, type ChartTheme, labelWidth, lightChart } from "./chart-frame.tsx";

interface ContributionsChartProps {
  community: CommunityBoard;
  theme?: ChartTheme;
  rowHeight?: number;
}

/** Contributions per unit over each unit's whole record. */
export function ContributionsChart({
  community,
  theme = lightChart,
  rowHeight = 26,
}: ContributionsChartProps) {
  const { t, formatNumber } = useI18n();
  const rows = contributionsByUnit(community);
  const top = rows[0];
  return (
    <ChartFrame
      id="live-chart-contributions"
      title={t("live.chart.contributions")}
      summary={
        top
          ? t("live.chart.contributions.summary", {
              n: rows.length,
              total: formatNumber(community.totals.contributions),
              top: top.name,
              topCount: formatNumber(top.count),
            })
          : ""
      }
      empty={rows.length === 0 ? t("live.chart.contributions.empty") : undefined}
      height={rows.length * rowHeight + 40}
      table={{
        columns: [t("live.chart.unit"), t("live.chart.count")],
        rows: rows.map((r) => [r.name, formatNumber(r.count)]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={theme.grid} />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={theme.muted}
            tick={{ fill: theme.muted, fontSize: theme.fontSize }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth(
              rows.map((r) => r.name),
              theme.fontSize,
            )}
            interval={0}
            stroke={theme.muted}
            tick={{ fill: theme.ink, fontSize: theme.fontSize }}
          />
          <Bar dataKey="count" fill={theme.series[1]} isAnimationActive={false} radius={[0, 4, 4, 0]}>
            <LabelList dataKey="count" position="right" fill={theme.ink} fontSize={theme.fontSize} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
