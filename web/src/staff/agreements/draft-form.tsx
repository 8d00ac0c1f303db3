import type { BoardAgreement, BoardUnit } from "@cobuild/boards";
import { AmendAgreementInput, DraftAgreementInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../../api.ts";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { issuesByPath, withRequired } from "../shared/required.ts";
import { CommitmentRows } from "./commitment-rows.tsx";
import {
  amendBody,
  type DraftForm,
  draftBody,
  formOfAgreement,
  newDraftForm,
  requiredPaths,
} from "./draft-model.ts";

const FIELDS = ["unitId", "title", "termStart", "termEnd", "commitments"] as const;

type Props = {
  units: BoardUnit[];
  onDone: (message: string) => void;
  onClose: () => void;
} & ({ mode: "draft"; communityId: string; unitId?: string } | { mode: "amend"; agreement: BoardAgreement });

/** Drafting an agreement with its commitments, or amending a draft (its whole content at once). */
export function DraftAgreementForm(props: Props) {
  const { t, tOr } = useI18n();
  const amending = props.mode === "amend" ? props.agreement : undefined;
  const [form, setForm] = useState<DraftForm>(() =>
    amending
      ? formOfAgreement(amending)
      : newDraftForm(localToday(), props.mode === "draft" ? props.unitId : ""),
  );
  // One id per intended agreement: a retry after a lost answer finds the draft already made.
  const [agreementId] = useState(() => amending?.agreementId ?? newId());
  const [rowIssues, setRowIssues] = useState<Record<string, string>>({});
  const command = useCommand(FIELDS);
  const idPrefix = amending ? `amend-${amending.agreementId}` : "draft";
  const unitName = props.units.find((u) => u.unitId === form.unitId)?.name ?? "";
  const set = (patch: Partial<DraftForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = requiredPaths(form, !amending);
    const [schema, body, url] =
      props.mode === "draft"
        ? [
            withRequired(DraftAgreementInput, required),
            draftBody(form, agreementId, props.communityId),
            "/api/agreements",
          ]
        : [
            withRequired(AmendAgreementInput, required),
            amendBody(form, agreementId),
            `/api/agreements/${encodeURIComponent(agreementId)}/amendment`,
          ];
    setRowIssues(
      Object.fromEntries(
        Object.entries(issuesByPath(schema, body)).filter(([path]) => path.startsWith("commitments.")),
      ),
    );
    if (await command.submit(url, body, schema)) {
      props.onDone(
        t(amending ? "staff.draft.amended" : "staff.draft.drafted", {
          title: form.title.trim(),
          unit: unitName,
        }),
      );
    }
  };
  const errorAt = (index: number, field: string) => {
    const code = rowIssues[`commitments.${index}.${field}`];
    return code ? tOr(`error.${code}`, code) : undefined;
  };
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>
        {amending ? t("staff.draft.amendTitle", { title: amending.title }) : t("staff.draft.title")}
      </h3>
      {amending ? null : (
        <Field id={id("unit")} label={t("staff.draft.unit")} error={command.fieldError("unitId")}>
          <select id={id("unit")} value={form.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">{t("staff.common.choose")}</option>
            {props.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={id("title")} label={t("staff.draft.agreementTitle")} error={command.fieldError("title")}>
        <input
          id={id("title")}
          maxLength={100}
          value={form.title}
          placeholder={
            unitName
              ? t("staff.draft.titleExample", { unit: unitName, year: form.termStart.slice(0, 4) })
              : ""
          }
          onChange={(e) => set({ title: e.target.value })}
        />
      </Field>
      <div className="row">
        <Field id={id("start")} label={t("staff.draft.termStart")} error={command.fieldError("termStart")}>
          <input
            id={id("start")}
            type="date"
            value={form.termStart}
            onChange={(e) => set({ termStart: e.target.value })}
          />
        </Field>
        <Field id={id("end")} label={t("staff.draft.termEnd")} error={command.fieldError("termEnd")}>
          <input
            id={id("end")}
            type="date"
            value={form.termEnd}
            onChange={(e) => set({ termEnd: e.target.value })}
          />
        </Field>
      </div>
      <h4 className="staff-subhead">{t("staff.draft.commitments")}</h4>
      <CommitmentRows
        idPrefix={idPrefix}
        rows={form.commitments}
        termEnd={form.termEnd}
        errorAt={errorAt}
        onChange={(commitments) => {
          setRowIssues({});
          set({ commitments });
        }}
      />
      {Object.keys(rowIssues).length === 0 && command.fieldError("commitments") ? (
        <p className="form-error" role="alert">
          {command.fieldError("commitments")}
        </p>
      ) : null}
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={amending ? t("staff.draft.saveAmendment") : t("staff.draft.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={props.onClose}
      />
    </form>
  );
}
