import { eventLabels } from "@cobuild/domain";
import type { AuditRow } from "./read-days.ts";

/**
 * One CSV field. Quoted when it holds a separator, a quote or a line break; and a field a spreadsheet
 * would run as a formula (= + - @ or a tab or return first) gets a leading apostrophe, so an exported
 * log can never execute anything in the office's Excel.
 */
export const csvField = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(",")}\r\n`;

/** The header row, Chinese first as the staff read it. */
export const AUDIT_CSV_HEADER = csvLine(["时间", "操作人", "操作", "事件类型", "对象", "单位", "日志序号"]);

const labelOf = (type: string): string => eventLabels[type as keyof typeof eventLabels]?.zh ?? type;

/** One entry as a CSV row; the time in the community's time zone, to the second. */
export const auditCsvLine = (row: AuditRow, timeZone: string): string => {
  const time = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    dateStyle: "short",
    timeStyle: "medium",
  }).format(new Date(row.at));
  return csvLine([
    time,
    row.actor,
    labelOf(row.type),
    row.type,
    row.stream,
    row.unitId ?? "",
    String(row.position),
  ]);
};
