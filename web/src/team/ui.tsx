import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import type { CommandState } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { ScheduleWords } from "./schedule.ts";

/**
 * A field's message from a command, with one correction: an empty required text is reported by zod as
 * `too_small`, whose shared wording is about numbers; for text it means "required".
 */
export function useFieldMessage() {
  const { t } = useI18n();
  return <R,>(command: CommandState<R>, field: string, text = false): string | undefined =>
    text && command.errors[field]?.code === "too_small" ? t("error.required") : command.fieldError(field);
}

/** A refusal of the whole form, announced at once. */
export function FormAlert({ message }: { message: string | undefined }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {t("team.failed")}: {message}
    </p>
  );
}

/** A confirmation, announced politely. */
export function Saved({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="team-saved" role="status">
      {message}
    </p>
  );
}

/**
 * A button that opens a small form in place (remove with a reason, record a duty), so a long list stays
 * a list; the button says whether it is open, for screen readers.
 */
export function Reveal(props: {
  label: string;
  /** A fuller accessible name when the visible label repeats down a list ("释放名额" of whom). */
  name?: string;
  className?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // Keyboard users land in the form they opened, and back on its button when they close it.
    if (open) body.current?.querySelector<HTMLElement>("input, select, textarea, button")?.focus();
    else if (opened.current) button.current?.focus();
    opened.current = open;
  }, [open]);
  return (
    <div className="team-reveal">
      <button
        ref={button}
        type="button"
        className={props.className ?? "button team-small"}
        aria-label={props.name}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </button>
      <div id={id} hidden={!open} ref={body}>
        {open ? props.children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}

/** The words schedules are told in, in the current language. */
export function useScheduleWords(): ScheduleWords {
  const { t, tOr } = useI18n();
  return useMemo(
    () => ({
      weekday: (day) => tOr(`team.weekday.${day}`, String(day)),
      joinDays: (days) => days.join(t("team.schedule.daysJoin")),
      period: (from, to) => t("team.schedule.period", { from, to }),
      recurring: (days, start, end, from, to) =>
        to === undefined
          ? t("team.schedule.recurringOpen", { days, start, end, from })
          : t("team.schedule.recurringUntil", { days, start, end, from, to }),
    }),
    [t, tOr],
  );
}
