import type { LedgerDonation, UnitLedger } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { attendanceCounts, attendanceNewestFirst, donationsNewestFirst } from "./ledger-figures.ts";

/**
 * What the unit gave the love supermarket (爱心超市), each with its receipt number (收据号) once the keeper
 * confirmed it arrived; one not received or voided says why.
 */
export function DonationsSection({ ledger }: { ledger: UnitLedger }) {
  const { t, formatNumber } = useI18n();
  const donations = donationsNewestFirst(ledger);
  const title = (d: LedgerDonation) =>
    d.receiptNo === null ? t("unit.donation.noReceipt") : t("unit.donation.receipt", { no: d.receiptNo });
  return (
    <section className="unit-card" aria-labelledby="unit-donations">
      <h2 id="unit-donations">{t("unit.donations.title")}</h2>
      {donations.length === 0 ? (
        <p className="muted">{t("unit.donations.empty")}</p>
      ) : (
        <ul className="unit-list">
          {donations.map((d) => (
            <li
              key={d.donationId}
              className={`unit-item${d.status === "voided" || d.status === "declined" ? " unit-donation-ended" : ""}`}
            >
              <div className="unit-item-main">
                <span className="unit-item-title">{title(d)}</span>
                {d.status === "received" ? null : (
                  <span className={`chip unit-donation-${d.status}`}>
                    {t(`unit.donation.status.${d.status}`)}
                  </span>
                )}
                <span className="unit-small muted">{d.receivedOn}</span>
              </div>
              {d.status === "pending" ? <p className="unit-small">{t("unit.donation.waiting")}</p> : null}
              {d.reason !== null ? (
                <p className="unit-small">{t("unit.donation.reason", { reason: d.reason })}</p>
              ) : null}
              <p className="unit-item-note unit-donation-goods">
                {[
                  ...d.lines.map((l) => `${l.name} ${formatNumber(l.quantity)} ${l.unitOfMeasure}`),
                  ...(d.money === null ? [] : [t("unit.donation.money", { amount: formatNumber(d.money) })]),
                ].join("、")}
              </p>
              {d.note ? <p className="unit-small muted">{d.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who came to the joint meetings (党建联席会议): in person, a deputy, or nobody. */
export function AttendanceSection({ ledger }: { ledger: UnitLedger }) {
  const { t } = useI18n();
  const records = attendanceNewestFirst(ledger);
  return (
    <section className="unit-card" aria-labelledby="unit-attendance">
      <h2 id="unit-attendance">{t("unit.attendance.title")}</h2>
      {records.length === 0 ? (
        <p className="muted">{t("unit.attendance.empty")}</p>
      ) : (
        <>
          <p className="unit-small muted">{t("unit.attendance.rate", attendanceCounts(ledger))}</p>
          <ul className="unit-list">
            {records.map((a) => (
              <li key={a.meetingId} className="unit-item">
                <div className="unit-item-main">
                  <span className="unit-item-title">{a.title}</span>
                  <span className={`chip unit-attendance-${a.attendance}`}>
                    {t(`unit.attendance.${a.attendance}`)}
                  </span>
                </div>
                <div className="unit-item-meta">
                  {a.date ? <span>{a.date}</span> : null}
                  {a.attendeeName ? <span>{t("unit.attendance.by", { name: a.attendeeName })}</span> : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
