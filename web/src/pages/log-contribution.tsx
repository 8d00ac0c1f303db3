import { boardIdOf, COMMUNITY_BOARD, type CommunityBoard } from "@cobuild/boards";
import { LogContributionInput } from "@cobuild/domain";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { newId, postCommand } from "../api.ts";
import { currentAgreement, localToday } from "../boards/agreements.ts";
import { useBoard } from "../boards/use-board.ts";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import { type User, unitsAllowed } from "../session/session.tsx";
import { Field } from "./field.tsx";

const FORM_FIELDS = new Set(["commitmentId", "quantity", "date", "participants", "note"]);

/** Errors are kept as codes and translated when shown, so switching language translates them too. */
type FieldError = { code: string; fallback: string };
type Errors = Partial<
  Record<"form" | "unit" | "commitmentId" | "quantity" | "date" | "participants" | "note", FieldError>
>;

/** The liaison's form (联络员登记贡献): built for a phone, done in under a minute. Needs a login. */
export function LogContributionPage() {
  return <RequireLogin>{(user) => <LogContributionForm user={user} />}</RequireLogin>;
}

function LogContributionForm({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t, tOr, formatNumber } = useI18n();
  const { board, connection } = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const [unitId, setUnitId] = useState("");
  const [commitmentId, setCommitmentId] = useState("");
  const [quantity, setQuantity] = useState("");
  const [date, setDate] = useState(localToday);
  const [participants, setParticipants] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  // One key per intended contribution: a resubmit after a dropped connection cannot log it twice.
  const [attempt, setAttempt] = useState(() => ({ key: newId(), contributionId: newId() }));

  const units = useMemo(() => {
    const all = board ? Object.values(board.data.units) : [];
    // A liaison sees only their own unit; staff see every unit of the community.
    const allowed = new Set(
      unitsAllowed(
        user,
        communityId,
        all.map((u) => u.unitId),
      ),
    );
    return all.filter((u) => allowed.has(u.unitId));
  }, [board, user, communityId]);
  useEffect(() => {
    const [only] = units;
    if (units.length === 1 && only && unitId === "") setUnitId(only.unitId);
  }, [units, unitId]);
  const agreement = useMemo(() => {
    const current = board
      ? currentAgreement(Object.values(board.data.agreements), unitId, localToday())
      : undefined;
    return current?.status === "signed" ? current : undefined;
  }, [board, unitId]);
  const commitment = agreement?.commitments[commitmentId];

  const shown = (error?: FieldError) => (error ? tOr(`error.${error.code}`, error.fallback) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agreement) {
      setErrors({ unit: { code: unitId ? "no_active_agreement" : "required", fallback: "" } });
      return;
    }
    const input = {
      agreementId: agreement.agreementId,
      contributionId: attempt.contributionId,
      commitmentId,
      quantity: quantity.trim() === "" ? Number.NaN : Number(quantity),
      date,
      participants: participants.trim() === "" ? 0 : Number(participants),
      note,
    };
    const checked = LogContributionInput.safeParse(input);
    if (!checked.success) {
      const next: Errors = {};
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0]) as keyof Errors;
        const code =
          issue.code === "custom" && typeof issue.params?.code === "string" ? issue.params.code : issue.code;
        next[field] ??= { code: field === "commitmentId" ? "required" : code, fallback: issue.message };
      }
      setErrors(next);
      return;
    }
    setBusy(true);
    const { agreementId, ...body } = checked.data;
    const result = await postCommand(`/api/agreements/${agreementId}/contributions`, body, attempt.key);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setSaved(
        `${units.find((u) => u.unitId === unitId)?.name ?? ""} · ${commitment?.description ?? ""} +${formatNumber(checked.data.quantity)} ${commitment?.unitOfMeasure ?? ""}`,
      );
      return;
    }
    const { problem } = result;
    const next: Errors = {};
    for (const issue of problem.errors ?? []) {
      // A field the form does not show (an id, a header) is reported for the form as a whole.
      const field = FORM_FIELDS.has(issue.field) ? (issue.field as keyof Errors) : "form";
      next[field] ??= { code: issue.code, fallback: issue.message };
    }
    if (Object.keys(next).length === 0 || problem.status >= 500 || problem.status === 0) {
      next.form = { code: problem.status === 0 ? "network" : problem.code, fallback: problem.detail };
    }
    setErrors(next);
  };

  const another = () => {
    setSaved(undefined);
    setQuantity("");
    setParticipants("");
    setNote("");
    setAttempt({ key: newId(), contributionId: newId() });
  };

  return (
    <Shell title={board?.data.name} connection={connection}>
      <div className="form-page">
        <h1>{t("log.title")}</h1>
        <p className="muted">{t("log.intro")}</p>
        {saved ? (
          <div className="saved" role="status">
            <p>{t("log.saved", { what: saved })}</p>
            <div className="actions">
              <button type="button" className="button button-primary" onClick={another}>
                {t("log.another")}
              </button>
              <Link className="button" to={`/communities/${communityId}/board`}>
                {t("log.viewBoard")}
              </Link>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} noValidate>
            <Field id="unit" label={t("log.unit")} error={shown(errors.unit)}>
              <select
                id="unit"
                value={unitId}
                onChange={(e) => {
                  setUnitId(e.target.value);
                  setCommitmentId("");
                  setErrors({});
                }}
              >
                <option value="">{t("log.unit.choose")}</option>
                {units.map((u) => (
                  <option key={u.unitId} value={u.unitId}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
            {unitId && !agreement ? <p className="notice">{t("log.noActive")}</p> : null}
            <Field
              id="commitmentId"
              label={t("log.commitment")}
              error={shown(errors.commitmentId)}
              hint={
                commitment
                  ? t("log.progress", {
                      logged: formatNumber(commitment.logged),
                      target: formatNumber(commitment.targetQuantity),
                      unit: commitment.unitOfMeasure,
                    })
                  : undefined
              }
            >
              <select
                id="commitmentId"
                value={commitmentId}
                disabled={!agreement}
                onChange={(e) => setCommitmentId(e.target.value)}
              >
                <option value="">{t("log.commitment.choose")}</option>
                {Object.values(agreement?.commitments ?? {}).map((c) => (
                  <option key={c.commitmentId} value={c.commitmentId}>
                    {tOr(`category.${c.category}`, c.category)} · {c.description}
                  </option>
                ))}
              </select>
            </Field>
            <div className="row">
              <Field
                id="quantity"
                label={`${t("log.quantity")}${commitment ? ` (${commitment.unitOfMeasure})` : ""}`}
                error={shown(errors.quantity)}
              >
                <input
                  id="quantity"
                  inputMode="decimal"
                  autoComplete="off"
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                />
              </Field>
              <Field id="participants" label={t("log.participants")} error={shown(errors.participants)}>
                <input
                  id="participants"
                  inputMode="numeric"
                  autoComplete="off"
                  value={participants}
                  onChange={(e) => setParticipants(e.target.value)}
                />
              </Field>
            </div>
            <Field id="date" label={t("log.date")} error={shown(errors.date)}>
              <input
                id="date"
                type="date"
                value={date}
                max={localToday()}
                onChange={(e) => setDate(e.target.value)}
              />
            </Field>
            <Field id="note" label={t("log.note")} error={shown(errors.note)}>
              <textarea
                id="note"
                rows={2}
                maxLength={500}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </Field>
            {errors.form ? (
              <p className="form-error" role="alert">
                {t("log.failed")}: {shown(errors.form)}
              </p>
            ) : null}
            <button type="submit" className="button button-primary button-block" disabled={busy}>
              {busy ? t("log.submitting") : t("log.submit")}
            </button>
          </form>
        )}
      </div>
    </Shell>
  );
}
