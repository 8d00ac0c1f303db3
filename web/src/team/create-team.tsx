import { CreateTeamInput, type TeamCategory, teamCategories } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { paths } from "../routes.ts";
import { shortId } from "./short-id.ts";
import { FormAlert, useFieldMessage } from "./ui.tsx";

/** Sets up a volunteer team of the "8+N" categories (CreateTeam). */
export function CreateTeam({ communityId }: { communityId: string }) {
  const { t, tOr } = useI18n();
  const command = useCommand(["category", "name", "description"]);
  const fieldMessage = useFieldMessage();
  const [category, setCategory] = useState<TeamCategory | "">("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [teamId, setTeamId] = useState(() => shortId("t"));
  const [created, setCreated] = useState<{ teamId: string; name: string }>();

  const choose = (next: TeamCategory | "") => {
    // A standard team is usually named after its category; the name stays editable.
    const suggested = (c: TeamCategory | "") =>
      c && c !== "custom"
        ? t("team.setup.suggestedName", { category: tOr(`team.teamCategory.${c}`, c) })
        : "";
    if (name === "" || name === suggested(category)) setName(suggested(next));
    setCategory(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(undefined);
    const body = { teamId, communityId, category, name, description };
    if ((await command.submit(`/api/communities/${communityId}/teams`, body, CreateTeamInput)) === undefined)
      return;
    setCreated({ teamId, name });
    setTeamId(shortId("t"));
    setCategory("");
    setName("");
    setDescription("");
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-team-title" className="team-form">
      <h2 id="create-team-title">{t("team.setup.create")}</h2>
      <Field
        id="team-category"
        label={t("team.setup.category")}
        error={fieldMessage(command, "category")}
        hint={t("team.setup.categoryHint")}
      >
        <select
          id="team-category"
          value={category}
          onChange={(e) => choose(e.target.value as TeamCategory | "")}
        >
          <option value="">{t("team.setup.chooseCategory")}</option>
          {teamCategories.map((c) => (
            <option key={c} value={c}>
              {tOr(`team.teamCategory.${c}`, c)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="team-name" label={t("team.setup.name")} error={fieldMessage(command, "name", true)}>
        <input
          id="team-name"
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field
        id="team-description"
        label={t("team.setup.description")}
        error={command.fieldError("description")}
      >
        <textarea
          id="team-description"
          rows={3}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      {created ? (
        <p className="team-saved" role="status">
          {t("team.setup.created", { name: created.name })}{" "}
          <Link to={paths.team(created.teamId)}>{t("team.setup.openTeam")}</Link>
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("team.sending") : t("team.setup.createSubmit")}
      </button>
    </form>
  );
}
