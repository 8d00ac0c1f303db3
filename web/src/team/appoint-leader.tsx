import { AppointLeaderInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { People } from "./people.ts";
import { PersonPicker } from "./person-picker.tsx";
import { FormAlert, Saved, useFieldMessage } from "./ui.tsx";

/** Appoints the team's leader (队长); someone not yet on the roster joins it (AppointLeader). */
export function AppointLeader(props: { teamId: string; leaderId: string | null; people: People }) {
  const { t } = useI18n();
  const command = useCommand(["personId"]);
  const fieldMessage = useFieldMessage();
  const [personId, setPersonId] = useState("");
  const [saved, setSaved] = useState<string>();
  const exclude = new Set(props.leaderId ? [props.leaderId] : []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = { teamId: props.teamId, personId };
    if ((await command.submit(`/api/teams/${props.teamId}/leader`, body, AppointLeaderInput)) === undefined)
      return;
    const name = props.people.candidates.find((c) => c.personId === personId)?.name ?? personId;
    setSaved(t("team.appoint.saved", { name }));
    setPersonId("");
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`appoint-${props.teamId}`} className="team-form">
      <h3 id={`appoint-${props.teamId}`}>{t("team.appoint.title")}</h3>
      <PersonPicker
        id={`appoint-${props.teamId}-person`}
        label={t("team.appoint.person")}
        people={props.people}
        exclude={exclude}
        value={personId}
        onChange={setPersonId}
        error={fieldMessage(command, "personId", true)}
      />
      <FormAlert message={command.formError} />
      <Saved message={saved} />
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("team.sending") : t("team.appoint.submit")}
      </button>
    </form>
  );
}
