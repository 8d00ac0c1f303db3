import { ACCOUNTS_BOARD, type AccountsBoard, boardIdOf } from "@cobuild/boards";
import { useMemo, useState } from "react";
import { useBoard } from "../../boards/use-board.ts";
import { BoardMessage } from "../../components/board-message.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { usePeople } from "../../team/people.ts";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { AccountCard } from "./account-card.tsx";
import { CreateAccountForm } from "./create-account-form.tsx";
import { assignableRoles } from "./grants.ts";
import "./accounts.css";

/** 账号与角色: who holds which role in the community, live, and opening and managing accounts. */
export function AccountsPage() {
  return (
    <StaffFrame title="staff.accounts.title" intro="staff.accounts.intro">
      {(context) => <Accounts {...context} />}
    </StaffFrame>
  );
}

function Accounts({ communityId, board, user }: StaffContext) {
  const { t, formatNumber } = useI18n();
  const view = useBoard<AccountsBoard>(boardIdOf(ACCOUNTS_BOARD, communityId));
  const people = usePeople(communityId, true);
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState("");
  const streetAdmin = user.grants.some((g) => g.role === "street_admin" && g.streetId === board.streetId);
  const roles = assignableRoles(streetAdmin);
  const accounts = useMemo(
    () =>
      Object.entries(view.board?.data.accounts ?? {}).sort(
        ([a, x], [b, y]) => x.displayName.localeCompare(y.displayName, "zh-CN") || a.localeCompare(b),
      ),
    [view.board],
  );
  const wanted = filter.trim().toLowerCase();
  const shown = accounts.filter(
    ([username, account]) => username.includes(wanted) || account.displayName.includes(filter.trim()),
  );
  // An account nobody has given a role here yet has no board: the page is then simply empty.
  const missing = !view.board && view.missing;

  return (
    <>
      <div className="staff-toolbar">
        <p className="muted">{t("staff.accounts.summary", { count: formatNumber(accounts.length) })}</p>
        <div className="staff-toolbar-tools">
          <label className="staff-search">
            <span className="staff-visually-hidden">{t("staff.accounts.search")}</span>
            <input
              type="search"
              placeholder={t("staff.accounts.search")}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
          {creating ? null : (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t("staff.accounts.create")}
            </button>
          )}
        </div>
      </div>
      {creating ? (
        <CreateAccountForm
          communityId={communityId}
          board={board}
          people={people}
          roles={roles}
          onClose={() => setCreating(false)}
        />
      ) : null}
      {!view.board && !missing ? (
        <BoardMessage
          view={view}
          loading={t("staff.common.loading")}
          notFound={t("staff.accounts.none")}
          notAllowed={t("staff.frame.notAllowed")}
        />
      ) : null}
      {view.board && accounts.length === 0 ? <p className="staff-empty">{t("staff.accounts.none")}</p> : null}
      {missing ? <p className="staff-empty">{t("staff.accounts.none")}</p> : null}
      <ul className="staff-cards" aria-label={t("staff.accounts.list")}>
        {shown.map(([username, account]) => (
          <AccountCard
            key={username}
            username={username}
            account={account}
            communityId={communityId}
            board={board}
            people={people}
            roles={roles}
            manageable={streetAdmin || !account.grants.some((g) => g.role === "community_staff")}
          />
        ))}
      </ul>
    </>
  );
}
