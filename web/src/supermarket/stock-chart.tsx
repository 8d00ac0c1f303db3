import type { SupermarketItem } from "@cobuild/boards";
import { isLowStock, shortBy } from "@cobuild/boards";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useI18n } from "../i18n/i18n.tsx";
import { useLabels } from "./labels.ts";

const OK = "#1b7f3b";
const LOW = "#b71c1c";
const MINIMUM = "#767b82";

/**
 * Stock against minimum per item, as bars (a horizontal chart, so long Chinese names fit on a phone) and
 * as a table with the same numbers for anyone who cannot see the chart.
 */
export function StockChart({ items }: { items: readonly SupermarketItem[] }) {
  const { t } = useI18n();
  const low = items.filter(isLowStock).length;
  const summary = t("supermarket.board.chartSummary", { count: items.length, low });
  const data = items.map((item) => ({
    name: item.name,
    stock: item.stock,
    minimum: item.minimumStock,
    low: isLowStock(item),
  }));
  return (
    <figure className="supermarket-chart">
      <div role="img" aria-label={`${t("supermarket.board.stockChart")}. ${summary}`}>
        <ResponsiveContainer width="100%" height={Math.max(160, items.length * 40 + 50)}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid horizontal={false} stroke="#e3e3e6" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={84} tick={{ fontSize: 13 }} interval={0} />
            <Tooltip />
            <Legend formatter={(value) => <span className="supermarket-legend">{value}</span>} />
            <Bar
              dataKey="stock"
              name={t("supermarket.board.stockSeries")}
              fill={OK}
              isAnimationActive={false}
            >
              {data.map((d) => (
                <Cell key={d.name} fill={d.low ? LOW : OK} />
              ))}
            </Bar>
            <Bar
              dataKey="minimum"
              name={t("supermarket.board.minimumSeries")}
              fill={MINIMUM}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}

/** Every item's numbers as text: the chart's data, readable by anyone. */
export function StockTable({ items }: { items: readonly SupermarketItem[] }) {
  const { t, formatNumber } = useI18n();
  const labels = useLabels();
  return (
    <div className="supermarket-table-wrap">
      <table className="supermarket-table">
        <caption className="supermarket-sr-only">{t("supermarket.board.stockChart")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("supermarket.board.item")}</th>
            <th scope="col" className="supermarket-col-optional">
              {t("supermarket.board.category")}
            </th>
            <th scope="col" className="num">
              {t("supermarket.board.stock")}
            </th>
            <th scope="col" className="num">
              {t("supermarket.board.minimum")}
            </th>
            <th scope="col">{t("supermarket.board.status")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.itemId} className={isLowStock(item) ? "supermarket-row-low" : undefined}>
              <th scope="row">{item.name}</th>
              <td className="supermarket-col-optional">{labels.itemCategory(item.category)}</td>
              <td className="num">
                {formatNumber(item.stock)} {item.unitOfMeasure}
              </td>
              <td className="num">{formatNumber(item.minimumStock)}</td>
              <td>
                <StockStatus item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Enough, short by how much, or empty: in words, never by colour alone. */
export function StockStatus({ item }: { item: SupermarketItem }) {
  const { t, formatNumber } = useI18n();
  if (item.stock === 0) return <span className="chip supermarket-chip-empty">{t("supermarket.empty")}</span>;
  if (isLowStock(item)) {
    return (
      <span className="chip supermarket-chip-low">
        {t("supermarket.board.short", { n: formatNumber(shortBy(item)) })}
      </span>
    );
  }
  return <span className="chip chip-signed">{t("supermarket.board.ok")}</span>;
}
