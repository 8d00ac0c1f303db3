import type { BoardPledge } from "@cobuild/boards";
import { RecordFulfilmentInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../../api.ts";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";

const fulfilmentSchema = withRequired(RecordFulfilmentInput, ["evidence"]);
const pledgePath = (pledgeId: string) => `/api/pledges/${encodeURIComponent(pledgeId)}`;

type Open = "none" | "fulfil" | "reject" | "withdraw";

/** What staff can do with one pledge where it stands: record its fulfilment, strike it off or reject it, withdraw it. */
export function PledgeActions({ pledge }: { pledge: BoardPledge }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>("none");
  const strike = useCommand([]);
  if (pledge.status === "struck_off" || pledge.status === "withdrawn") return null;
  const close = () => setOpen("none");

  if (open === "fulfil") return <FulfilmentForm pledge={pledge} onClose={close} />;
  if (open === "reject" && pledge.fulfilment) {
    const { fulfilmentId } = pledge.fulfilment;
    return (
      <ReasonForm
        pledge={pledge}
        url={`${pledgePath(pledge.pledgeId)}/fulfilments/${encodeURIComponent(fulfilmentId)}/rejection`}
        body={{ pledgeId: pledge.pledgeId, fulfilmentId }}
        submit={t("staff.pledges.confirmReject")}
        onClose={close}
      />
    );
  }
  if (open === "withdraw") {
    return (
      <ReasonForm
        pledge={pledge}
        url={`${pledgePath(pledge.pledgeId)}/withdrawal`}
        body={{ pledgeId: pledge.pledgeId }}
        submit={t("staff.pledges.confirmWithdraw")}
        onClose={close}
      />
    );
  }
  return (
    <div className="actions">
      {pledge.status === "fulfilment_pending" ? (
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={strike.busy}
            onClick={() =>
              void strike.submit(`${pledgePath(pledge.pledgeId)}/strike-off`, { pledgeId: pledge.pledgeId })
            }
          >
            {t("staff.pledges.strikeOff")}
          </button>
          <button type="button" className="button" onClick={() => setOpen("reject")}>
            {t("staff.pledges.reject")}
          </button>
        </>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setOpen("fulfil")}>
          {t("staff.pledges.recordFulfilment")}
        </button>
      )}
      <button type="button" className="button" onClick={() => setOpen("withdraw")}>
        {t("staff.pledges.withdraw")}
      </button>
      <FormError message={strike.formError} />
    </div>
  );
}

/** 记录践诺: what was done to keep the pledge and when, for staff to verify; staff and the member alike. */
export function FulfilmentForm({ pledge, onClose }: { pledge: BoardPledge; onClose: () => void }) {
  const { t } = useI18n();
  const command = useCommand(["evidence", "doneOn"]);
  const today = localToday();
  const [doneOn, setDoneOn] = useState(today);
  const [evidence, setEvidence] = useState("");
  const [fulfilmentId] = useState(newId);
  const id = (field: string) => `fulfil-${pledge.pledgeId}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { pledgeId: pledge.pledgeId, fulfilmentId, doneOn, evidence };
    if (await command.submit(`${pledgePath(pledge.pledgeId)}/fulfilments`, body, fulfilmentSchema)) onClose();
  };

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{t("staff.pledges.recordFulfilment")}</h3>
      <Field id={id("done")} label={t("staff.pledges.doneOn")} error={command.fieldError("doneOn")}>
        <input
          id={id("done")}
          type="date"
          min={pledge.madeOn}
          max={today}
          value={doneOn}
          onChange={(e) => setDoneOn(e.target.value)}
        />
      </Field>
      <Field
        id={id("evidence")}
        label={t("staff.pledges.evidence")}
        hint={t("staff.pledges.evidenceHint")}
        error={command.fieldError("evidence")}
      >
        <textarea
          id={id("evidence")}
          rows={3}
          maxLength={1000}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
        />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.pledges.recordFulfilment")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}

function ReasonForm(props: {
  pledge: BoardPledge;
  url: string;
  body: Record<string, string>;
  submit: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  const id = `reason-${props.pledge.pledgeId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await command.submit(props.url, { ...props.body, reason })) props.onClose();
  };

  return (
    <form className="staff-panel staff-panel-warn" onSubmit={submit} noValidate>
      <Field id={id} label={t("staff.pledges.reason")} error={command.fieldError("reason")}>
        <input id={id} value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={props.submit}
        cancel={t("staff.common.cancel")}
        onCancel={props.onClose}
      />
    </form>
  );
}
