import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/** Colours a chart draws with: the page's light theme or the wall screen's dark one. */
export interface ChartTheme {
  ink: string;
  muted: string;
  grid: string;
  primary: string;
  ok: string;
  warn: string;
  /** One colour per series (teams), in order; repeated when there are more series than colours. */
  series: readonly string[];
  fontSize: number;
}

export const lightChart: ChartTheme = {
  ink: "#1d1d1f",
  muted: "#5f6368",
  grid: "#e3e3e6",
  primary: "#b71c1c",
  ok: "#1b7f3b",
  warn: "#a15c00",
  series: ["#b71c1c", "#1f5fa8", "#1b7f3b", "#a15c00", "#6a3d9a", "#00838f", "#c2185b", "#5d4037", "#546e7a"],
  fontSize: 12,
};

export const darkChart: ChartTheme = {
  ink: "#ffffff",
  muted: "#c9ccd1",
  grid: "#3a3f47",
  primary: "#ff6b5e",
  ok: "#5fd38a",
  warn: "#ffc94d",
  series: ["#ff6b5e", "#6fb1ff", "#5fd38a", "#ffc94d", "#c79bff", "#4dd8e6", "#ff8fc0", "#d7b49e", "#b0bec5"],
  fontSize: 18,
};

/** The figures behind a chart, as a table a screen reader (or anyone) can read. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

interface ChartFrameProps {
  id: string;
  title: string;
  /** One sentence saying what the chart shows; it is also the figure's accessible name. */
  summary: string;
  note?: string;
  table: ChartTable;
  height: number;
  empty?: string;
  children: ReactNode;
}

/**
 * A chart with its title, a one-sentence summary and its numbers as a table. The drawing itself is
 * hidden from assistive technology: the summary and the table say the same in words.
 */
export function ChartFrame({ id, title, summary, note, table, height, empty, children }: ChartFrameProps) {
  const { t } = useI18n();
  return (
    <figure className="live-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`} className="live-chart-summary">
        {empty ?? summary}
        {note ? <span className="muted"> {note}</span> : null}
      </p>
      {empty ? null : (
        <>
          <div className="live-chart-plot" style={{ height }} aria-hidden="true">
            {children}
          </div>
          <details className="live-details">
            <summary>{t("live.table")}</summary>
            <div className="live-table-wrap">
              <table className="live-table">
                <caption className="live-sr-only">{title}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.join("\u0001")}>
                      {row.map((cell, i) =>
                        i === 0 ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                          <th key={i} scope="row">
                            {cell}
                          </th>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                          <td key={i}>{cell}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

/** Room for the longest category label (CJK characters are about one font size wide), within bounds. */
export const labelWidth = (labels: readonly string[], fontSize: number, maxChars = 12): number =>
  Math.min(maxChars, Math.max(2, ...labels.map((label) => label.length))) * fontSize + 12;
