import type { SupermarketIntake } from "@cobuild/boards";
import { VoidReceiptInput } from "@cobuild/domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormActions, FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { RecentIntake } from "./board-feeds.tsx";

/** The receipts the board lists, newest first, each voidable (作废) with a reason after a confirmation. */
export function ReceiptsPanel({
  communityId,
  intake,
}: {
  communityId: string;
  intake: readonly SupermarketIntake[];
}) {
  const { t } = useI18n();
  const [voiding, setVoiding] = useState<SupermarketIntake>();
  const [done, setDone] = useState<string>();
  return (
    <>
      {done ? (
        <p className="saved" role="status">
          {t("supermarket.void.done", { no: done })}
        </p>
      ) : null}
      <RecentIntake
        intake={intake}
        hint={t("supermarket.receipts.hint")}
        onVoid={(receipt) => {
          setDone(undefined);
          setVoiding(receipt);
        }}
      />
      {voiding ? (
        <VoidDialog
          communityId={communityId}
          receipt={voiding}
          onClose={() => setVoiding(undefined)}
          onDone={() => {
            setDone(voiding.receiptNo);
            setVoiding(undefined);
          }}
        />
      ) : null}
    </>
  );
}

/**
 * A modal confirmation (the browser's own dialog: focus stays inside, Escape cancels) saying what voiding
 * does, with the reason to give.
 */
function VoidDialog(props: {
  communityId: string;
  receipt: SupermarketIntake;
  onClose(): void;
  onDone(): void;
}) {
  const { communityId, receipt } = props;
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { communityId, receiptNo: receipt.receiptNo, reason };
    const url = `/api/communities/${communityId}/supermarket/receipts/${receipt.receiptNo}/void`;
    if (await command.submit(url, body, VoidReceiptInput)) props.onDone();
  };

  return (
    <dialog
      ref={dialog}
      className="supermarket-dialog"
      aria-labelledby="supermarket-void-title"
      onCancel={(event) => {
        // Escape: leave it to React to take the dialog away, so it cannot linger closed but mounted.
        event.preventDefault();
        props.onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="supermarket-void-title">{t("supermarket.void.title", { no: receipt.receiptNo })}</h2>
        <p>{t("supermarket.void.body")}</p>
        <Field id="void-reason" label={t("supermarket.void.reason")} error={command.fieldError("reason")}>
          <input
            id="void-reason"
            autoComplete="off"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </Field>
        <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
        <FormActions
          busy={command.busy}
          submit={command.busy ? t("supermarket.saving") : t("supermarket.void.confirm")}
          cancel={t("supermarket.cancel")}
          onCancel={props.onClose}
        />
      </form>
    </dialog>
  );
}
