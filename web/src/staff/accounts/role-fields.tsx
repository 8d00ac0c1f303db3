import type { CommunityBoard } from "@cobuild/boards";
import type { Role } from "@cobuild/domain";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import type { People } from "../../team/people.ts";
import { type AccountsScope, grantRequest, targetOf } from "./grants.ts";

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "zh-CN");

/** A role being chosen in a form: the role, what it is held over, and whether submitting found it incomplete. */
export function useRoleChoice(scope: AccountsScope) {
  const [role, setRole] = useState<Role | "">("");
  const [targetId, setTargetId] = useState("");
  const [incomplete, setIncomplete] = useState(false);
  return {
    role,
    targetId,
    setRole,
    setTargetId,
    incomplete,
    /** The grant asked for, or undefined (and `incomplete` set) when the role or its target is missing. */
    grant() {
      const grant = role === "" ? undefined : grantRequest(role, scope, targetId);
      setIncomplete(!grant);
      return grant;
    },
    clear() {
      setRole("");
      setTargetId("");
    },
  };
}
export type RoleChoice = ReturnType<typeof useRoleChoice>;

/**
 * The role and what it is held over: a unit, a team or a person of this community, picked by name
 * from the community's board and register (ids are never typed).
 */
export function RoleFields(props: {
  idPrefix: string;
  roles: readonly Role[];
  choice: RoleChoice;
  /** The community's board, for its units and teams; absent on the street's page. */
  board?: CommunityBoard;
  people?: People;
  /** The server's refusal of the role, if any; a missing role or target is said here already. */
  error: string | undefined;
}) {
  const { t } = useI18n();
  const { idPrefix, choice, board, people } = props;
  const { role } = choice;
  const error = choice.incomplete ? t("staff.accounts.chooseTarget") : props.error;
  const target = role === "" ? undefined : targetOf[role];
  const options =
    target === "unit"
      ? Object.values(board?.units ?? {})
          .sort(byName)
          .map((unit) => ({ id: unit.unitId, name: unit.name }))
      : target === "team"
        ? Object.values(board?.teams ?? {})
            .sort(byName)
            .map((team) => ({ id: team.teamId, name: team.name }))
        : target === "person"
          ? (people?.candidates ?? []).map((person) => ({ id: person.personId, name: person.name }))
          : [];
  const targetLabel = target === "unit" ? "unit" : target === "team" ? "team" : "person";
  return (
    <div className="row">
      <Field id={`${idPrefix}-role`} label={t("staff.accounts.role")} error={target ? undefined : error}>
        <select
          id={`${idPrefix}-role`}
          value={role}
          onChange={(e) => {
            choice.setRole(e.target.value as Role | "");
            choice.setTargetId("");
          }}
        >
          <option value="">{t("staff.common.choose")}</option>
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {target === "unit" || target === "team" || target === "person" ? (
        <Field id={`${idPrefix}-target`} label={t(`staff.accounts.${targetLabel}`)} error={error}>
          <select
            id={`${idPrefix}-target`}
            value={choice.targetId}
            onChange={(e) => choice.setTargetId(e.target.value)}
          >
            <option value="">{t("staff.common.choose")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </div>
  );
}
