import type { AccountListing, AccountsBoard, CommunityBoard } from "@cobuild/boards";
import type { Role } from "@cobuild/domain";
import { useMemo, useState } from "react";
import { useBoard } from "../../boards/use-board.ts";
import { BoardMessage } from "../../components/board-message.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { People } from "../../team/people.ts";
import { AccountCard } from "./account-card.tsx";
import { CreateAccountForm } from "./create-account-form.tsx";
import type { AccountsScope } from "./grants.ts";
import "./accounts.css";

export interface AccountsAdminProps {
  /** The accounts board listing who holds a role here. */
  boardId: string;
  scope: AccountsScope;
  roles: readonly Role[];
  /** Whether this reader may manage an account listed here (the API decides in the end). */
  manageable(account: AccountListing): boolean;
  board?: CommunityBoard;
  people?: People;
  /** Who is at the keyboard: their own account is not theirs to revoke or reset from here. */
  self: string;
  /** How the count reads here (in this community, or street-wide). */
  summary: "staff.accounts.summary" | "staff.accounts.streetSummary";
}

/** The list of accounts holding a role here, live, with a search and the form that opens one more. */
export function AccountsAdmin(props: AccountsAdminProps) {
  const { t, formatNumber } = useI18n();
  const view = useBoard<AccountsBoard>(props.boardId);
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState("");
  const accounts = useMemo(
    () =>
      Object.entries(view.board?.data.accounts ?? {}).sort(
        ([a, x], [b, y]) => x.displayName.localeCompare(y.displayName, "zh-CN") || a.localeCompare(b),
      ),
    [view.board],
  );
  const typed = filter.trim();
  const shown = accounts.filter(
    ([username, account]) => username.includes(typed.toLowerCase()) || account.displayName.includes(typed),
  );
  // Before anyone holds a role here there is no board yet: the list is simply empty.
  const empty = view.missing || (view.board !== undefined && accounts.length === 0);

  return (
    <>
      <div className="staff-toolbar">
        <p className="muted">{t(props.summary, { count: formatNumber(accounts.length) })}</p>
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
          scope={props.scope}
          board={props.board}
          people={props.people}
          roles={props.roles}
          onClose={() => setCreating(false)}
        />
      ) : null}
      {!view.board && !view.missing ? (
        <BoardMessage
          view={view}
          loading={t("staff.common.loading")}
          notFound={t("staff.accounts.none")}
          notAllowed={t("staff.frame.notAllowed")}
        />
      ) : null}
      {empty ? <p className="staff-empty">{t("staff.accounts.none")}</p> : null}
      <ul className="staff-cards" aria-label={t("staff.accounts.list")}>
        {shown.map(([username, account]) => (
          <AccountCard
            key={username}
            username={username}
            account={account}
            scope={props.scope}
            board={props.board}
            people={props.people}
            roles={props.roles}
            own={username === props.self}
            manageable={username !== props.self && props.manageable(account)}
          />
        ))}
      </ul>
    </>
  );
}
