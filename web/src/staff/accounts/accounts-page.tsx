import { ACCOUNTS_BOARD, boardIdOf } from "@cobuild/boards";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { paths } from "../../routes.ts";
import { usePeople } from "../../team/people.ts";
import { isStreetAdminOf } from "../shared/staff-access.ts";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { AccountsAdmin } from "./accounts-admin.tsx";
import { assignableRoles } from "./grants.ts";

/** 账号与角色: who holds which role in the community, live, and opening and managing accounts. */
export function AccountsPage() {
  return (
    <StaffFrame title="staff.accounts.title" intro="staff.accounts.intro">
      {(context) => <Accounts {...context} />}
    </StaffFrame>
  );
}

function Accounts({ communityId, board, user }: StaffContext) {
  const { t } = useI18n();
  const people = usePeople(communityId, true);
  const streetAdmin = isStreetAdminOf(user.grants, board.streetId);
  return (
    <>
      {streetAdmin ? (
        <p>
          <Link to={paths.streetAccounts(board.streetId)}>{t("staff.accounts.streetLink")}</Link>
        </p>
      ) : null}
      <AccountsAdmin
        boardId={boardIdOf(ACCOUNTS_BOARD, communityId)}
        scope={{ communityId }}
        roles={assignableRoles(streetAdmin)}
        // A fellow staff member's account is the street admin's to manage.
        manageable={(account) => streetAdmin || !account.grants.some((g) => g.role === "community_staff")}
        board={board}
        people={people}
        self={user.username}
        summary="staff.accounts.summary"
      />
    </>
  );
}
