import type { CommunityBoard } from "@cobuild/boards";
import type { Role } from "@cobuild/domain";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import type { People } from "../../team/people.ts";
import { targetOf } from "./grants.ts";

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "zh-CN");

/**
 * The role and what it is held over: a unit, a team or a person of this community, picked by name
 * from the community's board and register (ids are never typed).
 */
export function RoleFields(props: {
  idPrefix: string;
  roles: readonly Role[];
  role: Role | "";
  targetId: string;
  /** The community's board, for its units and teams; absent on the street's page. */
  board?: CommunityBoard;
  people?: People;
  onRole(role: Role | ""): void;
  onTarget(targetId: string): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const { idPrefix, role, board, people } = props;
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
      <Field
        id={`${idPrefix}-role`}
        label={t("staff.accounts.role")}
        error={target ? undefined : props.error}
      >
        <select
          id={`${idPrefix}-role`}
          value={role}
          onChange={(e) => {
            props.onRole(e.target.value as Role | "");
            props.onTarget("");
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
        <Field id={`${idPrefix}-target`} label={t(`staff.accounts.${targetLabel}`)} error={props.error}>
          <select
            id={`${idPrefix}-target`}
            value={props.targetId}
            onChange={(e) => props.onTarget(e.target.value)}
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
