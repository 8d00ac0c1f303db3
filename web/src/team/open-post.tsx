import { OpenPostInput, type PostCategory, postCategories } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../boards/agreements.ts";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { type ScheduleDraft, type ScheduleField, scheduleInput, scheduleIssues } from "./schedule.ts";
import { ScheduleFields } from "./schedule-fields.tsx";
import { shortId } from "./short-id.ts";
import { FormAlert, Saved, useFieldMessage } from "./ui.tsx";

const freshSchedule = (): ScheduleDraft => ({
  kind: "recurring",
  from: localToday(),
  to: "",
  weekdays: [],
  startTime: "",
  endTime: "",
});

/** Opens a service post (设岗定责): name, category, places, schedule, responsibility area (OpenPost). */
export function OpenPost({ communityId }: { communityId: string }) {
  const { t, tOr } = useI18n();
  const command = useCommand(["name", "category", "places", "schedule", "area", "description"]);
  const fieldMessage = useFieldMessage();
  const [name, setName] = useState("");
  const [category, setCategory] = useState<PostCategory | "">("");
  const [places, setPlaces] = useState("");
  const [area, setArea] = useState("");
  const [description, setDescription] = useState("");
  const [schedule, setSchedule] = useState(freshSchedule);
  const [scheduleErrors, setScheduleErrors] = useState<Partial<Record<ScheduleField, string>>>({});
  const [postId, setPostId] = useState(() => shortId("p"));
  const [saved, setSaved] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = {
      postId,
      communityId,
      name,
      category,
      places: places.trim() === "" ? Number.NaN : Number(places),
      schedule: scheduleInput(schedule),
      area,
      description,
    };
    // The command hook keeps one message per top-level field; the schedule's inputs each get their own.
    const checked = OpenPostInput.safeParse(body);
    setScheduleErrors(
      checked.success
        ? {}
        : scheduleIssues(
            checked.error.issues.map((i) => ({
              path: i.path,
              code: i.code === "custom" && typeof i.params?.code === "string" ? i.params.code : i.code,
            })),
          ),
    );
    if ((await command.submit(`/api/communities/${communityId}/posts`, body, OpenPostInput)) === undefined)
      return;
    setSaved(t("team.open.saved", { name }));
    setPostId(shortId("p"));
    setName("");
    setPlaces("");
    setArea("");
    setDescription("");
    setSchedule(freshSchedule());
  };
  const scheduleError = Object.keys(scheduleErrors).length === 0 ? command.fieldError("schedule") : undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="open-post-title" className="team-form">
      <h2 id="open-post-title">{t("team.open.title")}</h2>
      <Field id="post-name" label={t("team.open.name")} error={fieldMessage(command, "name", true)}>
        <input
          id="post-name"
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field id="post-category" label={t("team.open.category")} error={fieldMessage(command, "category")}>
          <select
            id="post-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as PostCategory | "")}
          >
            <option value="">{t("team.open.chooseCategory")}</option>
            {postCategories.map((c) => (
              <option key={c} value={c}>
                {tOr(`team.postCategory.${c}`, c)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="post-places"
          label={t("team.open.places")}
          error={
            places.trim() === "" && command.errors.places ? t("error.required") : command.fieldError("places")
          }
        >
          <input
            id="post-places"
            inputMode="numeric"
            autoComplete="off"
            value={places}
            onChange={(e) => setPlaces(e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="post-area"
        label={t("team.open.area")}
        hint={t("team.open.areaHint")}
        error={fieldMessage(command, "area", true)}
      >
        <input
          id="post-area"
          maxLength={200}
          autoComplete="off"
          value={area}
          onChange={(e) => setArea(e.target.value)}
        />
      </Field>
      <ScheduleFields draft={schedule} onChange={setSchedule} errors={scheduleErrors} error={scheduleError} />
      <Field
        id="post-description"
        label={t("team.open.description")}
        error={command.fieldError("description")}
      >
        <textarea
          id="post-description"
          rows={3}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <Saved message={saved} />
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("team.sending") : t("team.open.submit")}
      </button>
    </form>
  );
}
