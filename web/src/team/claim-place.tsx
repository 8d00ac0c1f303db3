import type { BoardPost, TeamBoard } from "@cobuild/boards";
import { placesLeft } from "@cobuild/boards";
import { ClaimPlaceInput } from "@cobuild/domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { getJson, newId } from "../api.ts";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { rosterOf } from "./roster.tsx";
import { FormAlert, Saved, useFieldMessage } from "./ui.tsx";

const SELF = "self";

/** The server's count after a refusal, so the answer does not depend on the live feed having caught up. */
interface Places {
  places: number;
  placesLeft: number;
}

/**
 * 认领名额: a leader claims a place for a member of their team (the body carries teamId), a member
 * for themself. When the last place went to someone else a moment earlier, the refusal says so plainly
 * ("already taken") with the places as the server now counts them.
 */
export function ClaimPlace(props: { post: BoardPost; team?: TeamBoard; selfPersonId?: string }) {
  const { post, team, selfPersonId } = props;
  const { t, formatNumber } = useI18n();
  const command = useCommand(["personId"]);
  const fieldMessage = useFieldMessage();
  const holders = new Set(Object.values(post.claims).map((c) => c.personId));
  const members = team ? rosterOf(team).filter((m) => !holders.has(m.personId)) : [];
  const selfFree = selfPersonId !== undefined && !holders.has(selfPersonId);
  const [who, setWho] = useState("");
  const [claimId, setClaimId] = useState(newId);
  const [saved, setSaved] = useState<string>();
  const [taken, setTaken] = useState<Places>();
  const alertRef = useRef<HTMLDivElement>(null);
  const left = placesLeft(post);
  const id = `claim-${post.postId}`;

  useEffect(() => {
    // The button may just have become disabled under the keyboard: keep focus on the answer instead.
    if (taken) alertRef.current?.focus();
  }, [taken]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    setTaken(undefined);
    const forSelf = team === undefined || who === SELF;
    const personId = forSelf ? (selfPersonId ?? "") : who;
    const body = forSelf
      ? { postId: post.postId, claimId, personId }
      : { postId: post.postId, claimId, personId, teamId: team.teamId };
    const ok = await command.submit(`/api/posts/${post.postId}/claims`, body, ClaimPlaceInput);
    if (ok === undefined) return;
    setSaved(
      forSelf
        ? t("team.claim.savedSelf", { post: post.name })
        : t("team.claim.saved", { name: team.roster[personId]?.name ?? personId, post: post.name }),
    );
    setClaimId(newId());
    setWho("");
  };

  useEffect(() => {
    if (command.errors.form?.code !== "post_full") return;
    let live = true;
    void getJson<Places>(`/api/posts/${post.postId}`).then((result) => {
      if (live) setTaken(result.ok ? result.data : { places: post.places, placesLeft: 0 });
    });
    return () => {
      live = false;
    };
  }, [command.errors.form, post.postId, post.places]);

  const nobody = team ? members.length === 0 && !selfFree : !selfFree;
  const postFull = command.errors.form?.code === "post_full";
  const label = team
    ? t("team.claim.submit")
    : selfFree
      ? t("team.claim.submitSelf")
      : t("team.claim.alreadyYours");
  return (
    <form
      onSubmit={submit}
      noValidate
      className="team-claim-form"
      aria-label={t("team.claim.label", { post: post.name })}
    >
      {team ? (
        <Field id={id} label={t("team.claim.who")} error={fieldMessage(command, "personId", true)}>
          <select id={id} value={who} onChange={(e) => setWho(e.target.value)} disabled={nobody}>
            <option value="">{nobody ? t("team.claim.nobody") : t("team.claim.choose")}</option>
            {selfFree ? <option value={SELF}>{t("team.claim.yourself")}</option> : null}
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
      ) : command.fieldError("personId") ? (
        <p className="form-error" role="alert">
          {command.fieldError("personId")}
        </p>
      ) : null}
      {postFull ? (
        <div className="team-taken" role="alert" tabIndex={-1} ref={alertRef}>
          <strong>{t("team.claim.taken")}</strong>
          <span>
            {taken
              ? t("team.claim.takenPlaces", {
                  left: formatNumber(taken.placesLeft),
                  places: formatNumber(taken.places),
                })
              : t("team.claim.takenChecking")}
          </span>
        </div>
      ) : (
        <FormAlert message={command.formError} />
      )}
      <Saved message={saved} />
      <button
        type="submit"
        className="button button-primary team-claim-button"
        disabled={command.busy || left === 0 || post.status === "closed" || nobody}
        aria-describedby={`${post.postId}-left`}
      >
        {command.busy ? t("team.sending") : label}
      </button>
    </form>
  );
}
