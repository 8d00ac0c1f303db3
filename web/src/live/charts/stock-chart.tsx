import type { SupermarketBoard } from "@cobuild/boards";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useI18n } from "../../i18n/i18n.tsx";
import { stockRows } from "../chart-data.ts";
import { ChartFrame, type ChartTheme, labelWidth, lightChart } from "./chart-frame.tsx";

interface StockChartProps {
  supermarket: SupermarketBoard;
  theme?: ChartTheme;
  rowHeight?: number;
}

/** Each item's stock beside its minimum; an item below its minimum is drawn in the warning colour. */
export function StockChart({ supermarket, theme = lightChart, rowHeight = 34 }: StockChartProps) {
  const { t, formatNumber } = useI18n();
  const rows = stockRows(supermarket);
  const low = rows.filter((r) => r.low).length;
  return (
    <ChartFrame
      id="live-chart-stock"
      title={t("live.chart.stock")}
      summary={t("live.chart.stock.summary", { n: rows.length, low })}
      empty={rows.length === 0 ? t("live.chart.stock.empty") : undefined}
      height={rows.length * rowHeight + 70}
      table={{
        columns: [t("live.chart.item"), t("live.chart.stockLabel"), t("live.chart.minimum")],
        rows: rows.map((r) => [
          r.name,
          `${formatNumber(r.stock)} ${r.unitOfMeasure}`,
          `${formatNumber(r.minimum)} ${r.unitOfMeasure}`,
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={theme.grid} />
          <XAxis type="number" stroke={theme.muted} tick={{ fill: theme.muted, fontSize: theme.fontSize }} />
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
          <Legend
            wrapperStyle={{ fontSize: theme.fontSize }}
            formatter={(value: string) => <span style={{ color: theme.ink }}>{value}</span>}
          />
          <Bar
            dataKey="stock"
            name={t("live.chart.stockLabel")}
            fill={theme.series[1]}
            isAnimationActive={false}
          >
            {rows.map((r) => (
              <Cell key={r.itemId} fill={r.low ? theme.warn : theme.series[1]} />
            ))}
          </Bar>
          <Bar
            dataKey="minimum"
            name={t("live.chart.minimum")}
            fill={theme.muted}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
