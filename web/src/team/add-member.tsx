import type { TeamMember } from "@cobuild/boards";
import { AddMemberInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import type { People } from "./people.ts";
import { PersonPicker } from "./person-picker.tsx";
import { parseSkills } from "./skills.ts";
import { FormAlert, Saved, useFieldMessage } from "./ui.tsx";

/** Adds a person of the community to a team's roster, with the skills they bring (AddMember). */
export function AddMember(props: {
  teamId: string;
  people: People;
  roster: Readonly<Record<string, TeamMember>>;
}) {
  const { t } = useI18n();
  const command = useCommand(["personId", "skills"]);
  const [personId, setPersonId] = useState("");
  const [skills, setSkills] = useState("");
  // Who was added: named from the roster once the board has them, so an id typed by hand reads as a name.
  const [added, setAdded] = useState<string>();
  const fieldMessage = useFieldMessage();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const body = { teamId: props.teamId, personId, skills: parseSkills(skills) };
    const ok = await command.submit(`/api/teams/${props.teamId}/members`, body, AddMemberInput);
    if (ok === undefined) return;
    setAdded(personId);
    setPersonId("");
    setSkills("");
  };
  const addedName =
    added === undefined
      ? undefined
      : (props.roster[added]?.name ??
        props.people.candidates.find((c) => c.personId === added)?.name ??
        added);
  const personError = fieldMessage(command, "personId", true);

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`add-${props.teamId}`} className="team-form">
      <h3 id={`add-${props.teamId}`}>{t("team.add.title")}</h3>
      <PersonPicker
        id={`add-${props.teamId}-person`}
        label={t("team.add.person")}
        people={props.people}
        exclude={new Set(Object.keys(props.roster))}
        value={personId}
        onChange={setPersonId}
        error={personError}
      />
      <Field
        id={`add-${props.teamId}-skills`}
        label={t("team.add.skills")}
        hint={t("team.add.skillsHint")}
        error={command.fieldError("skills")}
      >
        <input
          id={`add-${props.teamId}-skills`}
          autoComplete="off"
          value={skills}
          onChange={(e) => setSkills(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <Saved message={addedName === undefined ? undefined : t("team.add.saved", { name: addedName })} />
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("team.sending") : t("team.add.submit")}
      </button>
    </form>
  );
}
