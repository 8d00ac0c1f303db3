import { type ReactNode, useEffect, useRef } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";

/**
 * The confirmation after a form went through: what was saved, then "another" and "back to the ledger"
 * side by side. Focus moves to "another", so a keyboard or screen reader user lands where the work goes on.
 */
export function SavedPanel(props: {
  unitId: string;
  message: string;
  another: string;
  onAnother(): void;
  children?: ReactNode;
}) {
  const { unitId, message, another, onAnother, children } = props;
  const { t } = useI18n();
  const anotherRef = useRef<HTMLButtonElement>(null);
  useEffect(() => anotherRef.current?.focus(), []);
  return (
    <div className="saved unit-saved" role="status">
      <p className="unit-saved-what">
        <span aria-hidden="true">✓ </span>
        {message}
      </p>
      {children}
      <div className="unit-saved-actions">
        <button ref={anotherRef} type="button" className="button button-primary" onClick={onAnother}>
          {another}
        </button>
        <Link className="button" to={paths.unitLedger(unitId)}>
          {t("unit.log.back")}
        </Link>
      </div>
    </div>
  );
}
