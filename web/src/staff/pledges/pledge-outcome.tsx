import type { BoardPledge } from "@cobuild/boards";
import { useI18n } from "../../i18n/i18n.tsx";

/** Where a pledge has got to, in words: the fulfilment recorded, why the last one was rejected, when it closed. */
export function PledgeOutcome({ pledge }: { pledge: BoardPledge }) {
  const { t } = useI18n();
  return (
    <>
      {pledge.fulfilment ? (
        <p className="pledge-evidence">
          {t("staff.pledges.fulfilment", {
            date: pledge.fulfilment.doneOn,
            evidence: pledge.fulfilment.evidence,
          })}
        </p>
      ) : null}
      {pledge.rejection ? (
        <p className="pledge-rejection">{t("staff.pledges.rejection", { reason: pledge.rejection })}</p>
      ) : null}
      {pledge.status === "struck_off" && pledge.closedOn ? (
        <p className="muted">{t("staff.pledges.closedOn", { date: pledge.closedOn })}</p>
      ) : null}
      {pledge.status === "withdrawn" && pledge.closedOn ? (
        <p className="muted">
          {t("staff.pledges.withdrawnOn", {
            date: pledge.closedOn,
            reason: pledge.withdrawReason ?? "",
          })}
        </p>
      ) : null}
    </>
  );
}
