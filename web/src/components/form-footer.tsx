/** A form's refusal that belongs to no single field (a network failure, "post full"), announced at once. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** The submit button, disabled while the command runs, and the way back without doing it. */
export function FormActions(props: { busy: boolean; submit: string; cancel: string; onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={props.busy}>
        {props.submit}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {props.cancel}
      </button>
    </div>
  );
}
