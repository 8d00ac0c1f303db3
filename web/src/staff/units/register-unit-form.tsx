import { RegisterUnitInput, type UnitKind, unitKinds } from "@cobuild/domain";
import { type FormEvent, useEffect, useState } from "react";
import { newId } from "../../api.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";
import { nextUnitId } from "./unit-id.ts";

const FIELDS = ["name", "kind", "partyOrganisation", "inServiceMembers"] as const;
const schema = withRequired(RegisterUnitInput, ["name", "kind", "partyOrganisation"]);

/** 登记驻区单位: name, kind, its party organisation and how many in-service members it has. */
export function RegisterUnitForm({
  communityId,
  unitIds,
  onClose,
}: {
  communityId: string;
  unitIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand<{ unitId: string }>(FIELDS);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<UnitKind | "">("");
  const [partyOrganisation, setPartyOrganisation] = useState("");
  const [members, setMembers] = useState("");
  const [saved, setSaved] = useState("");
  // The new unit's id stays the same across retries of one registration, so a retry after a lost
  // answer finds the unit it already registered instead of registering it twice under the next id.
  const [attemptId, setAttemptId] = useState<string>();
  const refusal = command.errors.form?.code;
  useEffect(() => {
    // Someone registered a unit under this id meanwhile: the next try takes the next free one.
    if (refusal === "unit_already_registered") setAttemptId(undefined);
  }, [refusal]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unitId = attemptId ?? nextUnitId(unitIds, newId);
    setAttemptId(unitId);
    const body = {
      unitId,
      communityId,
      name,
      kind: kind === "" ? undefined : kind,
      partyOrganisation,
      inServiceMembers: members.trim() === "" ? 0 : Number(members),
    };
    const url = `/api/communities/${encodeURIComponent(communityId)}/units`;
    if (await command.submit(url, body, schema)) {
      setAttemptId(undefined);
      setSaved(name.trim());
      setName("");
      setKind("");
      setPartyOrganisation("");
      setMembers("");
    }
  };

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby="register-unit-title">
      <h2 id="register-unit-title">{t("staff.units.register")}</h2>
      {saved ? (
        <p className="staff-saved" role="status">
          {t("staff.units.saved", { name: saved })}
        </p>
      ) : null}
      <Field id="unit-name" label={t("staff.units.name")} error={command.fieldError("name")}>
        <input id="unit-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </Field>
      <div className="row">
        <Field id="unit-kind" label={t("staff.units.kind")} error={command.fieldError("kind")}>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitKind | "")}>
            <option value="">{t("staff.common.choose")}</option>
            {unitKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="unit-members"
          label={t("staff.units.members")}
          error={command.fieldError("inServiceMembers")}
        >
          <input
            id="unit-members"
            inputMode="numeric"
            autoComplete="off"
            value={members}
            onChange={(e) => setMembers(e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="unit-party"
        label={t("staff.units.party")}
        hint={t("staff.units.partyHint")}
        error={command.fieldError("partyOrganisation")}
      >
        <input
          id="unit-party"
          value={partyOrganisation}
          maxLength={100}
          onChange={(e) => setPartyOrganisation(e.target.value)}
        />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.units.submit")}
        cancel={t("staff.common.close")}
        onCancel={onClose}
      />
    </form>
  );
}
