import type { UnitLedger } from "@cobuild/boards";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import { useUnitLedger } from "./use-unit-ledger.ts";

/**
 * The frame of every unit page: needs a login, follows the `unit:<unitId>` ledger of the URL live, and
 * shows its content once the ledger has arrived (a calm line while it loads or when there is none).
 */
export function LedgerGate({ children }: { children: (ledger: UnitLedger) => ReactNode }) {
  return <RequireLogin>{() => <LedgerFrame>{children}</LedgerFrame>}</RequireLogin>;
}

function LedgerFrame({ children }: { children: (ledger: UnitLedger) => ReactNode }) {
  const { unitId = "" } = useParams();
  const { t } = useI18n();
  const { board, connection, missing, refused } = useUnitLedger(unitId);
  return (
    <Shell title={board?.data.name} connection={connection}>
      {board ? (
        children(board.data)
      ) : (
        <p className="status-line" role={refused || missing ? "alert" : "status"}>
          {refused ? t("unit.notAllowed") : missing ? t("unit.notFound") : t("unit.loading")}
        </p>
      )}
    </Shell>
  );
}
