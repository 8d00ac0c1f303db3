import { ClosePostInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../boards/agreements.ts";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { FormAlert } from "./ui.tsx";

/** Closes a post with a reason (ClosePost); its claims and duty records stay on record. */
export function ClosePostForm(props: { postId: string; name: string; onCancel(): void }) {
  const { t } = useI18n();
  const command = useCommand(["closedOn", "reason"]);
  const [closedOn, setClosedOn] = useState(localToday);
  const [reason, setReason] = useState("");
  const id = (name: string) => `close-${props.postId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { postId: props.postId, closedOn, reason };
    await command.submit(`/api/posts/${props.postId}/closure`, body, ClosePostInput);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="team-inline-form"
      aria-label={t("team.close.title", { name: props.name })}
    >
      <div className="row">
        <Field id={id("date")} label={t("team.close.date")} error={command.fieldError("closedOn")}>
          <input
            id={id("date")}
            type="date"
            value={closedOn}
            max={localToday()}
            onChange={(e) => setClosedOn(e.target.value)}
          />
        </Field>
      </div>
      <Field id={id("reason")} label={t("team.reason")} error={command.fieldError("reason")}>
        <textarea
          id={id("reason")}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <div className="actions">
        <button type="submit" className="button team-button-danger" disabled={command.busy}>
          {t("team.close.confirm")}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t("team.cancel")}
        </button>
      </div>
    </form>
  );
}
