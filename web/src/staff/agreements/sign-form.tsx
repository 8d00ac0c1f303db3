import type { BoardAgreement, BoardMeeting } from "@cobuild/boards";
import { SignAgreementInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";
import { signingMeetings } from "./signing.ts";

const FIELDS = ["signedOn", "communitySignatory", "unitSignatory", "meetingId"] as const;
const schema = withRequired(SignAgreementInput, ["signedOn", "communitySignatory", "unitSignatory"]);

/**
 * Signing a draft: who signed for each party and when, optionally at one of the community's joint
 * meetings, in which case the date is the meeting's (the rule the API enforces too).
 */
export function SignAgreementForm({
  agreement,
  meetings,
  onDone,
  onClose,
}: {
  agreement: BoardAgreement;
  meetings: BoardMeeting[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(FIELDS);
  const today = localToday();
  const offered = signingMeetings(meetings, agreement, today);
  const [meetingId, setMeetingId] = useState("");
  const [signedOn, setSignedOn] = useState(today);
  const [communitySignatory, setCommunitySignatory] = useState("");
  const [unitSignatory, setUnitSignatory] = useState("");
  const meeting = offered.find((m) => m.meetingId === meetingId);
  const id = (field: string) => `sign-${agreement.agreementId}-${field}`;

  const chooseMeeting = (next: string) => {
    setMeetingId(next);
    const chosen = offered.find((m) => m.meetingId === next);
    if (chosen) setSignedOn(chosen.date);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      agreementId: agreement.agreementId,
      signedOn: meeting ? meeting.date : signedOn,
      communitySignatory,
      unitSignatory,
      ...(meeting ? { meetingId: meeting.meetingId } : {}),
    };
    const url = `/api/agreements/${encodeURIComponent(agreement.agreementId)}/signature`;
    if (await command.submit(url, body, schema)) onDone(t("staff.sign.done", { title: agreement.title }));
  };

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{t("staff.sign.title", { title: agreement.title })}</h3>
      <Field
        id={id("meeting")}
        label={t("staff.sign.meeting")}
        hint={offered.length === 0 ? t("staff.sign.noMeetings") : t("staff.sign.meetingHint")}
        error={command.fieldError("meetingId")}
      >
        <select id={id("meeting")} value={meetingId} onChange={(e) => chooseMeeting(e.target.value)}>
          <option value="">{t("staff.sign.notAtMeeting")}</option>
          {offered.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {m.date} · {m.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("date")} label={t("staff.sign.signedOn")} error={command.fieldError("signedOn")}>
        <input
          id={id("date")}
          type="date"
          max={today}
          value={meeting ? meeting.date : signedOn}
          readOnly={meeting !== undefined}
          onChange={(e) => setSignedOn(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field
          id={id("community")}
          label={t("staff.sign.communitySignatory")}
          error={command.fieldError("communitySignatory")}
        >
          <input
            id={id("community")}
            maxLength={100}
            value={communitySignatory}
            onChange={(e) => setCommunitySignatory(e.target.value)}
          />
        </Field>
        <Field
          id={id("unit")}
          label={t("staff.sign.unitSignatory")}
          error={command.fieldError("unitSignatory")}
        >
          <input
            id={id("unit")}
            maxLength={100}
            value={unitSignatory}
            onChange={(e) => setUnitSignatory(e.target.value)}
          />
        </Field>
      </div>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.sign.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}
