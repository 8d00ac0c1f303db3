import type { ReactNode } from "react";

/** A labelled form control with its hint and error wired up for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const { id, label, error, hint, children } = props;
  return (
    <div className={`field${error ? " field-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="error" id={`${id}-error`} role="alert" data-testid={`error-${id}`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
