import type { CommunityBoard } from "@cobuild/boards";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useI18n } from "../../i18n/i18n.tsx";
import { progressByUnit } from "../chart-data.ts";
import { percent } from "../format.ts";
import { ChartFrame, type ChartTheme, labelWidth, lightChart } from "./chart-frame.tsx";

interface ProgressChartProps {
  community: CommunityBoard;
  today: string;
  theme?: ChartTheme;
  /** Height of one unit's bar, px (the wall screen draws them taller). */
  rowHeight?: number;
}

/** Commitment progress by unit: one horizontal bar per unit, its verified fulfilment in percent. */
export function ProgressChart({ community, today, theme = lightChart, rowHeight = 26 }: ProgressChartProps) {
  const { t } = useI18n();
  const rows = progressByUnit(community, today).map((row) => ({
    ...row,
    percent: Math.round(row.rate * 100),
  }));
  const best = rows[0];
  const worst = rows[rows.length - 1];
  const mean = rows.length === 0 ? 0 : rows.reduce((sum, r) => sum + r.rate, 0) / rows.length;
  const summary =
    best && worst
      ? t("live.chart.progress.summary", {
          n: rows.length,
          mean: percent(mean),
          best: best.name,
          bestRate: percent(best.rate),
          worst: worst.name,
          worstRate: percent(worst.rate),
        })
      : "";
  return (
    <ChartFrame
      id="live-chart-progress"
      title={t("live.chart.progress")}
      summary={summary}
      empty={rows.length === 0 ? t("live.chart.progress.empty") : undefined}
      height={rows.length * rowHeight + 40}
      table={{
        columns: [t("live.chart.unit"), t("live.chart.rate")],
        rows: rows.map((r) => [r.name, percent(r.rate)]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={theme.grid} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
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
          <Bar dataKey="percent" isAnimationActive={false} radius={[0, 4, 4, 0]}>
            {rows.map((r) => (
              <Cell key={r.unitId} fill={r.rate >= 1 ? theme.ok : theme.primary} />
            ))}
            <LabelList
              dataKey="percent"
              position="right"
              formatter={(v: unknown) => `${String(v)}%`}
              fill={theme.ink}
              fontSize={theme.fontSize}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
