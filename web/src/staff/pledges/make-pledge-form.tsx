import {
  MakePledgeInput,
  type PledgeCategory,
  type PledgeRecipient,
  type PledgerKind,
  pledgeCategories,
  pledgeRecipients,
  pledgerKinds,
} from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../../api.ts";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { usePeople } from "../../team/people.ts";
import { withRequired } from "../shared/required.ts";

const FIELDS = ["pledger", "content", "category", "madeTo", "dueOn", "madeOn"] as const;
const schema = withRequired(MakePledgeInput, ["content", "category", "madeTo", "dueOn"]);

/** Who pledges, as the staff form picks it: a kind, and the member or the cadre's name when it needs one. */
interface PledgerDraft {
  kind: PledgerKind;
  personId: string;
  cadre: string;
}

const pledgerOf = ({ kind, personId, cadre }: PledgerDraft) =>
  kind === "member"
    ? { kind, personId: personId === "" ? undefined : personId }
    : kind === "cadre"
      ? { kind, name: cadre }
      : { kind };

/**
 * 登记承诺: who pledges (the two committees, a member, a street cadre), what, to whom, by when. Given
 * `memberId`, it is that party member's own pledge (我要承诺, on their record): no one to pick, made today.
 */
export function MakePledgeForm({
  communityId,
  memberId,
  onClose,
}: {
  communityId: string;
  memberId?: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(FIELDS);
  const today = localToday();
  const own = memberId !== undefined;
  const [pledger, setPledger] = useState<PledgerDraft>({
    kind: own ? "member" : "committee",
    personId: memberId ?? "",
    cadre: "",
  });
  const [content, setContent] = useState("");
  const [category, setCategory] = useState<PledgeCategory | "">("");
  const [madeTo, setMadeTo] = useState<PledgeRecipient | "">(own ? "branch" : "residents");
  const [dueOn, setDueOn] = useState("");
  const [madeOn, setMadeOn] = useState("");
  const [saved, setSaved] = useState(false);
  // One id per pledge across retries, so a retry after a lost answer does not record it twice.
  const [pledgeId, setPledgeId] = useState(newId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = {
      pledgeId,
      communityId,
      pledger: pledgerOf(pledger),
      content,
      category: category === "" ? undefined : category,
      madeTo: madeTo === "" ? undefined : madeTo,
      dueOn,
      ...(madeOn === "" ? {} : { madeOn }),
    };
    const url = `/api/communities/${encodeURIComponent(communityId)}/pledges`;
    if (await command.submit(url, body, schema)) {
      setPledgeId(newId());
      setSaved(true);
      setContent("");
      setDueOn("");
      setMadeOn("");
    }
  };

  const due = (
    <Field id="pledge-due" label={t("staff.pledges.dueOn")} error={command.fieldError("dueOn")}>
      <input
        id="pledge-due"
        type="date"
        min={own ? today : undefined}
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
      />
    </Field>
  );

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby="make-pledge-title">
      <h2 id="make-pledge-title">{t(own ? "member.pledges.make" : "staff.pledges.make")}</h2>
      {saved ? (
        <p className="staff-saved" role="status">
          {t(own ? "member.pledges.saved" : "staff.pledges.saved")}
        </p>
      ) : null}
      {own ? (
        // The member is not a field here: a refusal of them (not a party member) belongs to the form.
        <FormError message={command.fieldError("pledger")} />
      ) : (
        <PledgerPicker
          communityId={communityId}
          draft={pledger}
          onChange={setPledger}
          error={command.fieldError("pledger")}
        />
      )}
      <Field id="pledge-content" label={t("staff.pledges.content")} error={command.fieldError("content")}>
        <textarea
          id="pledge-content"
          rows={3}
          maxLength={500}
          value={content}
          onChange={(e) => setContent(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field
          id="pledge-category"
          label={t("staff.pledges.category")}
          error={command.fieldError("category")}
        >
          <select
            id="pledge-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as PledgeCategory | "")}
          >
            <option value="">{t("staff.common.choose")}</option>
            {pledgeCategories.map((c) => (
              <option key={c} value={c}>
                {t(`staff.pledges.category.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="pledge-made-to" label={t("staff.pledges.madeTo")} error={command.fieldError("madeTo")}>
          <select
            id="pledge-made-to"
            value={madeTo}
            onChange={(e) => setMadeTo(e.target.value as PledgeRecipient | "")}
          >
            {pledgeRecipients.map((r) => (
              <option key={r} value={r}>
                {t(`staff.pledges.madeTo.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {own ? (
        due
      ) : (
        <div className="row">
          {due}
          <Field
            id="pledge-made-on"
            label={t("staff.pledges.madeOn")}
            hint={t("staff.pledges.madeOnHint")}
            error={command.fieldError("madeOn")}
          >
            <input
              id="pledge-made-on"
              type="date"
              max={today}
              value={madeOn}
              onChange={(e) => setMadeOn(e.target.value)}
            />
          </Field>
        </div>
      )}
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t(own ? "member.pledges.submit" : "staff.pledges.submit")}
        cancel={t("staff.common.close")}
        onCancel={onClose}
      />
    </form>
  );
}

/** Staff pick who pledges: the two committees, a member of the community's register, or a named cadre. */
function PledgerPicker(props: {
  communityId: string;
  draft: PledgerDraft;
  onChange: (draft: PledgerDraft) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const { draft, onChange, error } = props;
  const people = usePeople(props.communityId, true);
  return (
    <>
      <Field id="pledge-kind" label={t("staff.pledges.pledger")}>
        <select
          id="pledge-kind"
          value={draft.kind}
          onChange={(e) => onChange({ ...draft, kind: e.target.value as PledgerKind })}
        >
          {pledgerKinds.map((k) => (
            <option key={k} value={k}>
              {t(`staff.pledges.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.kind === "member" ? (
        <Field id="pledge-member" label={t("staff.pledges.member")} error={error}>
          <select
            id="pledge-member"
            value={draft.personId}
            onChange={(e) => onChange({ ...draft, personId: e.target.value })}
          >
            <option value="">
              {people.loading ? t("staff.pledges.memberLoading") : t("staff.common.choose")}
            </option>
            {people.candidates.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {draft.kind === "cadre" ? (
        <Field id="pledge-cadre" label={t("staff.pledges.cadreName")} error={error}>
          <input
            id="pledge-cadre"
            value={draft.cadre}
            maxLength={100}
            onChange={(e) => onChange({ ...draft, cadre: e.target.value })}
          />
        </Field>
      ) : null}
      {draft.kind === "committee" ? <FormError message={error} /> : null}
    </>
  );
}
