import type { SupermarketLine } from "@cobuild/boards";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useLabels } from "./labels.ts";

/** What a printed receipt says: everything the donor may want to keep. */
export interface ReceiptView {
  receiptNo: string;
  donor: string;
  receivedOn: string;
  lines: SupermarketLine[];
  money: number | null;
  note: string;
}

/**
 * The receipt's lines with a key each: one item may stand on two lines (two sizes of coat), so its
 * second line is keyed "#2" rather than repeating the item id.
 */
const keyedLines = (lines: readonly SupermarketLine[]): { key: string; line: SupermarketLine }[] => {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const n = (seen.get(line.itemId) ?? 0) + 1;
    seen.set(line.itemId, n);
    return { key: `${line.itemId}#${n}`, line };
  });
};

/**
 * The receipt (收据) just issued, with its number large enough to read across a desk, and a print button;
 * printing shows the receipt alone.
 */
export function DonationReceipt({ receipt, onAnother }: { receipt: ReceiptView; onAnother(): void }) {
  const { t } = useI18n();
  const labels = useLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form was replaced: move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="supermarket-receipt" role="status">
      <h2 ref={heading} tabIndex={-1}>
        {t("supermarket.receipt.heading")}
      </h2>
      <div className="supermarket-receipt-number">
        <span className="supermarket-receipt-label">{t("supermarket.receipt.number")}</span>
        <span data-testid="receipt-no">{receipt.receiptNo}</span>
      </div>
      <dl className="supermarket-receipt-details">
        <dt>{t("supermarket.receipt.donor")}</dt>
        <dd>{receipt.donor}</dd>
        <dt>{t("supermarket.receipt.date")}</dt>
        <dd>{receipt.receivedOn}</dd>
        {receipt.lines.length > 0 ? (
          <>
            <dt>{t("supermarket.receipt.goods")}</dt>
            <dd>
              <ul>
                {keyedLines(receipt.lines).map(({ key, line }) => (
                  <li key={key}>{labels.line(line)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {receipt.money !== null ? (
          <>
            <dt>{t("supermarket.receipt.money")}</dt>
            <dd>{labels.money(receipt.money)}</dd>
          </>
        ) : null}
        {receipt.note ? (
          <>
            <dt>{t("supermarket.receipt.note")}</dt>
            <dd>{receipt.note}</dd>
          </>
        ) : null}
      </dl>
      <p className="supermarket-receipt-thanks">{t("supermarket.receipt.thanks")}</p>
      <div className="actions supermarket-no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("supermarket.print")}
        </button>
        <button type="button" className="button button-primary" onClick={onAnother}>
          {t("supermarket.receipt.another")}
        </button>
      </div>
    </div>
  );
}
