import { boardIdOf, UNIT_LEDGER, type UnitLedger } from "@cobuild/boards";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { currentAgreement, localToday } from "../../boards/agreements.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { paths } from "../../routes.ts";
import { useBoardSet } from "../shared/board-set.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { RegisterUnitForm } from "./register-unit-form.tsx";

/** 驻区单位: the community's resident units, and registering a new one. */
export function UnitsPage() {
  return (
    <StaffFrame title="staff.units.title" intro="staff.units.intro">
      {(context) => <Units {...context} />}
    </StaffFrame>
  );
}

function Units({ communityId, board }: StaffContext) {
  const { t, tOr, formatNumber } = useI18n();
  const [registering, setRegistering] = useState(false);
  const [filter, setFilter] = useState("");
  const units = useMemo(
    () => Object.values(board.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    [board.units],
  );
  // The party organisation is kept on each unit's ledger, not on the community board.
  const ledgerIds = useMemo(() => units.map((u) => boardIdOf(UNIT_LEDGER, u.unitId)), [units]);
  const ledgers = useBoardSet<UnitLedger>(ledgerIds);
  const agreements = Object.values(board.agreements);
  const today = localToday();
  const shown = units.filter((u) => u.name.includes(filter.trim()));
  const totalMembers = units.reduce((n, u) => n + u.inServiceMembers, 0);

  return (
    <>
      {ledgers.watchers}
      <div className="staff-toolbar">
        <p className="muted">
          {t("staff.units.summary", {
            units: formatNumber(units.length),
            members: formatNumber(totalMembers),
          })}
        </p>
        <div className="staff-toolbar-tools">
          <label className="staff-search">
            <span className="staff-visually-hidden">{t("staff.units.search")}</span>
            <input
              type="search"
              placeholder={t("staff.units.search")}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
          {registering ? null : (
            <button type="button" className="button button-primary" onClick={() => setRegistering(true)}>
              {t("staff.units.register")}
            </button>
          )}
        </div>
      </div>
      {registering ? (
        <RegisterUnitForm
          communityId={communityId}
          unitIds={units.map((u) => u.unitId)}
          onClose={() => setRegistering(false)}
        />
      ) : null}
      {units.length === 0 ? <p className="staff-empty">{t("staff.units.none")}</p> : null}
      <ul className="staff-cards" aria-label={t("staff.units.list")}>
        {shown.map((unit) => {
          const ledger = ledgers.boards[boardIdOf(UNIT_LEDGER, unit.unitId)];
          const agreement = currentAgreement(agreements, unit.unitId, today);
          return (
            <li key={unit.unitId} className="staff-card">
              <div className="staff-card-head">
                <h3>{unit.name}</h3>
                <span className="category">{tOr(`kind.${unit.kind}`, unit.kind)}</span>
              </div>
              <dl className="staff-facts">
                <dt>{t("staff.units.party")}</dt>
                <dd>{ledger?.partyOrganisation ?? "…"}</dd>
                <dt>{t("staff.units.members")}</dt>
                <dd>{formatNumber(unit.inServiceMembers)}</dd>
                <dt>{t("staff.units.agreement")}</dt>
                <dd>
                  {agreement ? (
                    <span className={`chip staff-chip-${agreement.status}`}>
                      {t(`staff.agreements.status.${agreement.status}`)}
                    </span>
                  ) : (
                    <span className="muted">{t("staff.units.noAgreement")}</span>
                  )}
                </dd>
              </dl>
              <Link
                to={paths.unitLedger(unit.unitId)}
                aria-label={t("staff.units.ledgerOf", { name: unit.name })}
              >
                {t("staff.units.ledger")}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
