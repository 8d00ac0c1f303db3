import { ApproveResidentInput, type ResidentCategory, RevokeResidentApprovalInput } from "@cobuild/domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { getJson } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { useLabels } from "./labels.ts";

/** A resident in need as staff see them (GET /api/residents/:id): the whole record. */
export interface ResidentRecord {
  residentId: string;
  name: string;
  category: ResidentCategory;
  householdSize: number;
  approved: boolean;
  address: string | null;
  note: string;
  status: "pending" | "approved" | "revoked";
  approvedOn: string | null;
  revocation: { revokedOn: string; reason: string } | null;
}

interface ResidentDetailProps {
  residentId: string;
  onChanged(): void;
  onClose(): void;
}

/** One resident's record, with approval (审核通过) or revocation (撤销, with a reason) as fits its status. */
export function ResidentDetail({ residentId, onChanged, onClose }: ResidentDetailProps) {
  const { t, formatNumber } = useI18n();
  const labels = useLabels();
  const [record, setRecord] = useState<ResidentRecord>();
  const [failed, setFailed] = useState<string>();
  const [round, setRound] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    void round;
    setFailed(undefined);
    void getJson<ResidentRecord>(`/api/residents/${encodeURIComponent(residentId)}`).then((result) => {
      if (!live) return;
      if (result.ok) setRecord(result.data);
      else setFailed(result.problem.code);
    });
    return () => {
      live = false;
    };
  }, [residentId, round]);
  // A new resident was opened: take the reader to it (on a phone it sits below the long list).
  useEffect(() => {
    if (record?.residentId === residentId) heading.current?.focus();
  }, [record?.residentId, residentId]);
  const changed = () => {
    setRound((r) => r + 1);
    onChanged();
  };

  if (!record || record.residentId !== residentId) {
    return (
      <section className="supermarket-panel">
        <p className="muted" role="status">
          {failed ? t("supermarket.residents.loadFailed") : t("supermarket.residents.loadingOne")}
        </p>
      </section>
    );
  }
  return (
    <section
      className="supermarket-panel supermarket-resident-detail"
      aria-labelledby="supermarket-resident-heading"
    >
      <div className="section-head">
        <h2 id="supermarket-resident-heading" ref={heading} tabIndex={-1}>
          {record.name}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t("supermarket.residents.close")}
        </button>
      </div>
      <p>
        <span className={`chip supermarket-status-${record.status}`}>
          {t(`supermarket.residents.status.${record.status}`)}
        </span>
      </p>
      <dl className="supermarket-details">
        <dt>{t("supermarket.residents.category")}</dt>
        <dd>{labels.residentCategory(record.category)}</dd>
        <dt>{t("supermarket.residents.householdSize")}</dt>
        <dd>{formatNumber(record.householdSize)}</dd>
        {record.address ? (
          <>
            <dt>{t("supermarket.residents.address")}</dt>
            <dd>{record.address}</dd>
          </>
        ) : null}
        {record.note ? (
          <>
            <dt>{t("supermarket.residents.note")}</dt>
            <dd className="supermarket-prewrap">{record.note}</dd>
          </>
        ) : null}
        {record.approvedOn ? (
          <>
            <dt>{t("supermarket.residents.approvedOn")}</dt>
            <dd>{record.approvedOn}</dd>
          </>
        ) : null}
        {record.revocation ? (
          <>
            <dt>{t("supermarket.residents.revokedOn")}</dt>
            <dd>{record.revocation.revokedOn}</dd>
            <dt>{t("supermarket.residents.revokeReason")}</dt>
            <dd className="supermarket-prewrap">{record.revocation.reason}</dd>
          </>
        ) : null}
      </dl>
      {record.status === "approved" ? (
        <RevokeForm residentId={residentId} onDone={changed} />
      ) : (
        <ApproveForm residentId={residentId} onDone={changed} />
      )}
    </section>
  );
}

function ApproveForm({ residentId, onDone }: { residentId: string; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand(["approvedOn"]);
  const [approvedOn, setApprovedOn] = useState(localToday);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = `/api/residents/${encodeURIComponent(residentId)}/approval`;
    const result = await command.submit(url, { residentId, approvedOn }, ApproveResidentInput);
    if (result !== undefined) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("supermarket.residents.approve")}>
      <Field
        id="approve-date"
        label={t("supermarket.residents.approveDate")}
        error={command.fieldError("approvedOn")}
      >
        <input
          id="approve-date"
          type="date"
          value={approvedOn}
          max={localToday()}
          onChange={(e) => setApprovedOn(e.target.value)}
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.residents.approve")}
      </button>
    </form>
  );
}

function RevokeForm({ residentId, onDone }: { residentId: string; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand(["revokedOn", "reason"]);
  const [revokedOn, setRevokedOn] = useState(localToday);
  const [reason, setReason] = useState("");
  const [blank, setBlank] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBlank(reason.trim() === "" ? t("error.required") : undefined);
    if (reason.trim() === "") return;
    const url = `/api/residents/${encodeURIComponent(residentId)}/approval/revoke`;
    const result = await command.submit(url, { residentId, revokedOn, reason }, RevokeResidentApprovalInput);
    if (result !== undefined) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("supermarket.residents.revoke")}>
      <Field
        id="revoke-date"
        label={t("supermarket.residents.revokeDate")}
        error={command.fieldError("revokedOn")}
      >
        <input
          id="revoke-date"
          type="date"
          value={revokedOn}
          max={localToday()}
          onChange={(e) => setRevokedOn(e.target.value)}
        />
      </Field>
      <Field
        id="revoke-reason"
        label={t("supermarket.residents.revokeReason")}
        error={blank ?? command.fieldError("reason")}
      >
        <textarea
          id="revoke-reason"
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <button type="submit" className="button" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.residents.revoke")}
      </button>
    </form>
  );
}
