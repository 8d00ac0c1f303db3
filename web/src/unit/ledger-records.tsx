import type { UnitLedger } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { attendanceCounts, attendanceNewestFirst, donationsNewestFirst } from "./ledger-figures.ts";

/** What the unit gave the love supermarket (爱心超市), each with its receipt number (收据号). */
export function DonationsSection({ ledger }: { ledger: UnitLedger }) {
  const { t, formatNumber } = useI18n();
  const donations = donationsNewestFirst(ledger);
  return (
    <section className="unit-card" aria-labelledby="unit-donations">
      <h2 id="unit-donations">{t("unit.donations.title")}</h2>
      {donations.length === 0 ? (
        <p className="muted">{t("unit.donations.empty")}</p>
      ) : (
        <ul className="unit-list">
          {donations.map((d) => (
            <li key={d.donationId} className="unit-item">
              <div className="unit-item-main">
                <span className="unit-item-title">{t("unit.donation.receipt", { no: d.receiptNo })}</span>
                <span className="unit-small muted">{d.receivedOn}</span>
              </div>
              <p className="unit-item-note">
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
