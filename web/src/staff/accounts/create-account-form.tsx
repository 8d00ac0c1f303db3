import type { CommunityBoard } from "@cobuild/boards";
import { CreateAccountInput, type Role } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import type { People } from "../../team/people.ts";
import { type AccountsScope, normaliseUsername } from "./grants.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { RoleFields, useRoleChoice } from "./role-fields.tsx";

const FIELDS = ["username", "displayName", "password", "grants"] as const;

/** 开设账号: username, name, a first password and the first role, within this community (or street). */
export function CreateAccountForm(props: {
  scope: AccountsScope;
  board?: CommunityBoard;
  people?: People;
  roles: readonly Role[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const command = useCommand(FIELDS);
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const choice = useRoleChoice(props.scope);
  const [saved, setSaved] = useState<{ name: string; username: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Every account starts with a role: one that may do nothing is a mistake nobody could manage.
    const grant = choice.grant();
    if (!grant) return;
    const body = {
      username: normaliseUsername(username),
      displayName,
      password,
      grants: [grant],
    };
    if (await command.submit("/api/accounts", body, CreateAccountInput)) {
      setSaved({ name: displayName.trim(), username: body.username });
      setUsername("");
      setDisplayName("");
      setPassword("");
      choice.clear();
    }
  };

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby="create-account-title">
      <h2 id="create-account-title">{t("staff.accounts.create")}</h2>
      {saved ? (
        <p className="staff-saved" role="status">
          {t("staff.accounts.created", saved)}
        </p>
      ) : null}
      <div className="row">
        <Field
          id="account-name"
          label={t("staff.accounts.displayName")}
          error={command.fieldError("displayName")}
        >
          <input
            id="account-name"
            value={displayName}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </Field>
        <Field
          id="account-username"
          label={t("staff.accounts.username")}
          hint={t("staff.accounts.usernameHint")}
          error={command.fieldError("username")}
        >
          <input
            id="account-username"
            value={username}
            maxLength={40}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
      </div>
      <NewPasswordField
        id="account-password"
        label={t("staff.accounts.password")}
        value={password}
        error={command.fieldError("password")}
        onChange={setPassword}
      />
      <RoleFields
        idPrefix="account"
        roles={props.roles}
        choice={choice}
        board={props.board}
        people={props.people}
        error={command.fieldError("grants")}
      />
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.accounts.submitCreate")}
        cancel={t("staff.common.close")}
        onCancel={props.onClose}
      />
    </form>
  );
}
