import type { BoardUnit } from "@cobuild/boards";
import { type MeetingAttendanceKind, meetingAttendanceKinds, RecordAttendanceInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { withRequired } from "../shared/required.ts";
import type { MeetingDetail } from "./use-meeting-detail.ts";

const schema = withRequired(RecordAttendanceInput, ["attendance"]);

type Recorded = MeetingDetail["attendance"][number];

/**
 * One unit's attendance at a held meeting: principal in person, a deputy, or absent, and who came.
 * Saving again corrects the earlier record (the last one counts).
 */
export function AttendanceRow({
  meetingId,
  unit,
  recorded,
}: {
  meetingId: string;
  unit: BoardUnit;
  recorded: Recorded | undefined;
}) {
  const { t } = useI18n();
  const command = useCommand(["attendance", "attendeeName"]);
  const [kind, setKind] = useState<MeetingAttendanceKind | "">(recorded?.attendance ?? "");
  const [name, setName] = useState(recorded?.attendeeName ?? "");
  const base = `att-${meetingId}-${unit.unitId}`;
  const changed = kind !== (recorded?.attendance ?? "") || name !== (recorded?.attendeeName ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      meetingId,
      unitId: unit.unitId,
      attendance: kind === "" ? undefined : kind,
      ...(kind !== "absent" && name.trim() ? { attendeeName: name } : {}),
    };
    await command.submit(`/api/meetings/${encodeURIComponent(meetingId)}/attendance`, body, schema);
  };
  const error = command.fieldError("attendance") ?? command.fieldError("attendeeName") ?? command.formError;

  return (
    <form className="staff-att-row" onSubmit={submit} noValidate aria-label={unit.name}>
      <div className="staff-att-unit">
        <strong>{unit.name}</strong>
        <span className={`staff-att-state${recorded ? "" : " muted"}`}>
          {recorded
            ? t("staff.attendance.recorded", { kind: t(`staff.attendance.kind.${recorded.attendance}`) })
            : t("staff.attendance.unrecorded")}
        </span>
      </div>
      <fieldset className="staff-att-kinds">
        <legend className="staff-visually-hidden">{t("staff.attendance.kindOf", { unit: unit.name })}</legend>
        {meetingAttendanceKinds.map((k) => (
          <label key={k} className={`staff-att-kind${kind === k ? " staff-att-kind-on" : ""}`}>
            <input
              type="radio"
              name={`${base}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                if (k === "absent") setName("");
              }}
            />
            {t(`staff.attendance.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="staff-att-name">
        <span className="staff-visually-hidden">{t("staff.attendance.nameOf", { unit: unit.name })}</span>
        <input
          value={name}
          maxLength={100}
          disabled={kind === "absent"}
          placeholder={t("staff.attendance.namePlaceholder")}
          aria-invalid={command.fieldError("attendeeName") ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className={`button${changed ? " button-primary" : ""}`}
        disabled={command.busy || !changed}
        aria-label={t("staff.attendance.saveOf", { unit: unit.name })}
      >
        {t("staff.attendance.save")}
      </button>
      {error ? (
        <p className="form-error staff-att-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
