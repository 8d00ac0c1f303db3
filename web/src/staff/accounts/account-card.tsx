import type { AccountListing, CommunityBoard } from "@cobuild/boards";
import { type Grant, GrantInput, ResetPasswordInput, type Role } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { People } from "../../team/people.ts";
import { type AccountsScope, requestOf, targetIdOf } from "./grants.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { RoleFields, useRoleChoice } from "./role-fields.tsx";

export interface AccountCardProps {
  username: string;
  account: AccountListing;
  scope: AccountsScope;
  /** The community's board and register, to name units, teams and people; absent on the street's page. */
  board?: CommunityBoard;
  people?: People;
  roles: readonly Role[];
  /** False for one's own account, and when a role it holds is one only the street admin hands out. */
  manageable: boolean;
  /** The account is the reader's own. */
  own?: boolean;
}

type Open = "none" | "grant" | "reset";
const accountPath = (username: string) => `/api/accounts/${encodeURIComponent(username)}`;

/** One account: its roles here, and what staff may do with it (give, revoke, reset). */
export function AccountCard(props: AccountCardProps) {
  const { t } = useI18n();
  const { username, account, manageable } = props;
  const [open, setOpen] = useState<Open>("none");
  const [done, setDone] = useState("");
  const close = () => setOpen("none");
  return (
    <li className="staff-card account-card" data-testid={`account-${username}`}>
      <div className="staff-card-head">
        <h3>
          {account.displayName} <span className="muted account-username">{username}</span>
        </h3>
        {account.mustChangePassword ? (
          <span className="chip account-chip-warn">{t("staff.accounts.mustChange")}</span>
        ) : null}
      </div>
      <p className="muted">{t("staff.accounts.since", { date: account.createdAt.slice(0, 10) })}</p>
      <ul className="account-roles" aria-label={t("staff.accounts.roles")}>
        {account.grants.map((grant) => (
          <GrantRow key={JSON.stringify(grant)} {...props} grant={grant} />
        ))}
      </ul>
      {done ? (
        <p className="staff-saved" role="status">
          {done}
        </p>
      ) : null}
      {manageable ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => setOpen("grant")}
            aria-expanded={open === "grant"}
          >
            {t("staff.accounts.grant")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setOpen("reset")}
            aria-expanded={open === "reset"}
          >
            {t("staff.accounts.reset")}
          </button>
        </div>
      ) : (
        <p className="muted">{t(props.own ? "staff.accounts.self" : "staff.accounts.notYours")}</p>
      )}
      {open === "grant" ? (
        <GrantForm
          {...props}
          onDone={() => {
            setDone(t("staff.accounts.granted"));
            close();
          }}
          onClose={close}
        />
      ) : null}
      {open === "reset" ? (
        <ResetForm
          username={username}
          onDone={() => {
            setDone(t("staff.accounts.resetDone", { name: account.displayName }));
            close();
          }}
          onClose={close}
        />
      ) : null}
    </li>
  );
}

/** The name of what a grant is held over, from the community's board or register. */
function targetName(grant: Grant, board?: CommunityBoard, people?: People): string | undefined {
  const id = targetIdOf(grant);
  if (id === undefined) return undefined;
  if (grant.role === "unit_liaison") return board?.units[id]?.name ?? id;
  if (grant.role === "team_leader") return board?.teams[id]?.name ?? id;
  return people?.candidates.find((person) => person.personId === id)?.name ?? id;
}

function GrantRow(props: AccountCardProps & { grant: Grant }) {
  const { t } = useI18n();
  const { grant, username, account } = props;
  const command = useCommand([]);
  const [confirming, setConfirming] = useState(false);
  const target = targetName(grant, props.board, props.people);
  const role = target ? `${t(`role.${grant.role}`)} · ${target}` : t(`role.${grant.role}`);
  const revoke = async () => {
    if (
      await command.submit(`${accountPath(username)}/grants/revoke`, { grant: requestOf(grant) }, GrantInput)
    )
      setConfirming(false);
  };
  return (
    <li className="account-role">
      <span className="chip">{role}</span>
      {props.manageable && !confirming ? (
        <button
          type="button"
          className="account-revoke"
          aria-label={t("staff.accounts.revokeLabel", { name: account.displayName, role })}
          onClick={() => setConfirming(true)}
        >
          {t("staff.accounts.revoke")}
        </button>
      ) : null}
      {confirming ? (
        <fieldset className="account-confirm">
          <p>{t("staff.accounts.confirmRevoke", { name: account.displayName, role })}</p>
          <div className="actions">
            <button type="button" className="button account-danger" disabled={command.busy} onClick={revoke}>
              {t("staff.accounts.revoke")}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t("staff.common.cancel")}
            </button>
          </div>
        </fieldset>
      ) : null}
      <FormError message={command.formError} />
    </li>
  );
}

function GrantForm(props: AccountCardProps & { onDone(): void; onClose(): void }) {
  const { t } = useI18n();
  const command = useCommand(["grant"]);
  const choice = useRoleChoice(props.scope);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const grant = choice.grant();
    if (grant && (await command.submit(`${accountPath(props.username)}/grants`, { grant }, GrantInput)))
      props.onDone();
  };
  const idPrefix = `grant-${props.username}`;
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <RoleFields
        idPrefix={idPrefix}
        roles={props.roles}
        choice={choice}
        board={props.board}
        people={props.people}
        error={command.fieldError("grant")}
      />
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.accounts.submitGrant")}
        cancel={t("staff.common.cancel")}
        onCancel={props.onClose}
      />
    </form>
  );
}

function ResetForm(props: { username: string; onDone(): void; onClose(): void }) {
  const { t } = useI18n();
  const command = useCommand(["newPassword"]);
  const [password, setPassword] = useState("");
  const id = `reset-${props.username}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = `${accountPath(props.username)}/password`;
    if (await command.submit(url, { newPassword: password }, ResetPasswordInput, "PUT")) props.onDone();
  };
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <NewPasswordField
        id={id}
        label={t("staff.accounts.newPassword")}
        value={password}
        error={command.fieldError("newPassword")}
        onChange={setPassword}
      />
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.accounts.submitReset")}
        cancel={t("staff.common.cancel")}
        onCancel={props.onClose}
      />
    </form>
  );
}
