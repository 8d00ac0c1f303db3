import { ReleaseClaimInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { FormAlert } from "./ui.tsx";

/** Gives up a place on a post with a reason (ReleaseClaim); the place is free again for others. */
export function ReleaseClaimForm(props: {
  postId: string;
  claimId: string;
  label: string;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  const id = `release-${props.claimId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { postId: props.postId, claimId: props.claimId, reason };
    await command.submit(
      `/api/posts/${props.postId}/claims/${props.claimId}/release`,
      body,
      ReleaseClaimInput,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="team-inline-form" aria-label={props.label}>
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
          {t("team.release.confirm")}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t("team.cancel")}
        </button>
      </div>
    </form>
  );
}
