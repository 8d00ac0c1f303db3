import { ACCOUNTS_BOARD, boardIdOf, streetAccountsKey } from "@cobuild/boards";
import { useParams } from "react-router";
import { Shell } from "../../components/shell.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { RequireLogin } from "../../session/require-login.tsx";
import { isStreetAdminOf } from "../shared/staff-access.ts";
import { AccountsAdmin } from "./accounts-admin.tsx";
import { streetRoles } from "./grants.ts";

/** 街道级角色: the street's admins and street-wide meeting members, managed by the street admin. */
export function StreetAccountsPage() {
  const { streetId = "" } = useParams();
  const { t } = useI18n();
  return (
    <RequireLogin>
      {(user) => (
        <Shell>
          <div className="staff-page">
            <h1>{t("staff.accounts.streetTitle")}</h1>
            <p className="muted staff-intro">{t("staff.accounts.streetIntro")}</p>
            {isStreetAdminOf(user.grants, streetId) ? (
              <AccountsAdmin
                boardId={boardIdOf(ACCOUNTS_BOARD, streetAccountsKey(streetId))}
                scope={{ streetId }}
                roles={streetRoles}
                manageable={() => true}
                self={user.username}
                summary="staff.accounts.streetSummary"
              />
            ) : (
              <p className="notice" role="alert">
                {t("staff.accounts.streetOnly")}
              </p>
            )}
          </div>
        </Shell>
      )}
    </RequireLogin>
  );
}
