import { RemoveMemberInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { FormAlert } from "./ui.tsx";

/** Takes a member off the roster with a reason (RemoveMember); the board drops them when it is done. */
export function RemoveMemberForm(props: {
  teamId: string;
  personId: string;
  name: string;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  const id = `remove-${props.teamId}-${props.personId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { teamId: props.teamId, personId: props.personId, reason };
    await command.submit(
      `/api/teams/${props.teamId}/members/${props.personId}/removal`,
      body,
      RemoveMemberInput,
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="team-inline-form"
      aria-label={t("team.remove.title", { name: props.name })}
    >
      <Field id={id} label={t("team.reasonOptional")} error={command.fieldError("reason")}>
        <textarea
          id={id}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <div className="actions">
        <button type="submit" className="button team-button-danger" disabled={command.busy}>
          {t("team.remove.confirm", { name: props.name })}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t("team.cancel")}
        </button>
      </div>
    </form>
  );
}
