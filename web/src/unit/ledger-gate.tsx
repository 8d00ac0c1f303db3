import type { UnitLedger } from "@cobuild/boards";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import { useUnitLedger } from "./use-unit-ledger.ts";

/**
 * The frame of every unit page: needs a login, follows the `unit:<unitId>` ledger of the URL live, and
 * shows its content once the ledger has arrived (a calm line while it loads, a message with a way on when there is none or it is not theirs).
 */
export function LedgerGate({ children }: { children: (ledger: UnitLedger) => ReactNode }) {
  return <RequireLogin>{() => <LedgerFrame>{children}</LedgerFrame>}</RequireLogin>;
}

function LedgerFrame({ children }: { children: (ledger: UnitLedger) => ReactNode }) {
  const { unitId = "" } = useParams();
  const { t } = useI18n();
  const view = useUnitLedger(unitId);
  const { board, connection } = view;
  return (
    <Shell title={board?.data.name} connection={connection}>
      {board ? (
        children(board.data)
      ) : (
        <BoardMessage
          view={view}
          loading={t("unit.loading")}
          notFound={t("unit.notFound")}
          notAllowed={t("unit.notAllowed")}
        />
      )}
    </Shell>
  );
}
