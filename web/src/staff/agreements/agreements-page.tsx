import type { BoardAgreement, BoardAgreementStatus, BoardUnit } from "@cobuild/boards";
import { useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { AgreementCard } from "./agreement-card.tsx";
import { DraftAgreementForm } from "./draft-form.tsx";
import { SignAgreementForm } from "./sign-form.tsx";
import { TerminateAgreementForm } from "./terminate-form.tsx";

/** 共驻共建协议: every unit's agreements, drafting, amending, signing and ending them. */
export function AgreementsPage() {
  return (
    <StaffFrame title="staff.agreements.title" intro="staff.agreements.intro">
      {(context) => <Agreements {...context} />}
    </StaffFrame>
  );
}

type Open =
  | { kind: "draft"; unitId?: string }
  | { kind: "amend" | "sign" | "terminate"; agreementId: string };

const filters = ["all", "draft", "signed", "ended", "none"] as const;
type Filter = (typeof filters)[number];

const matches = (filter: Filter, status: BoardAgreementStatus): boolean =>
  filter === "all" ||
  filter === status ||
  (filter === "ended" && (status === "terminated" || status === "expired"));

function Agreements({ communityId, board }: StaffContext) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>();
  const [filter, setFilter] = useState<Filter>("all");
  const [announcement, setAnnouncement] = useState("");
  const units = useMemo(
    () => Object.values(board.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    [board.units],
  );
  const byUnit = useMemo(() => {
    const map = new Map<string, BoardAgreement[]>();
    for (const a of Object.values(board.agreements)) map.set(a.unitId, [...(map.get(a.unitId) ?? []), a]);
    for (const list of map.values()) list.sort((a, b) => b.termStart.localeCompare(a.termStart));
    return map;
  }, [board.agreements]);
  const meetings = Object.values(board.meetings);
  const done = (message: string) => {
    setOpen(undefined);
    setAnnouncement(message);
  };
  const close = () => setOpen(undefined);
  const formFor = (agreement: BoardAgreement) => {
    if (!open || open.kind === "draft" || open.agreementId !== agreement.agreementId) return undefined;
    switch (open.kind) {
      case "amend":
        return (
          <DraftAgreementForm
            mode="amend"
            agreement={agreement}
            units={units}
            onDone={done}
            onClose={close}
          />
        );
      case "sign":
        return <SignAgreementForm agreement={agreement} meetings={meetings} onDone={done} onClose={close} />;
      case "terminate":
        return <TerminateAgreementForm agreement={agreement} onDone={done} onClose={close} />;
    }
  };

  // One card per agreement, unit by unit; a unit without any gets a card offering to draft one.
  const cards = units.flatMap((unit): { unit: BoardUnit; agreement?: BoardAgreement }[] => {
    const all = byUnit.get(unit.unitId) ?? [];
    if (all.length === 0) return filter === "all" || filter === "none" ? [{ unit }] : [];
    if (filter === "none") return [];
    return all.filter((a) => matches(filter, a.status)).map((agreement) => ({ unit, agreement }));
  });
  const draftFor = (unitId: string, unitName: string) => (
    <button
      type="button"
      className="button"
      aria-label={t("staff.agreements.draftFor", { unit: unitName })}
      onClick={() => {
        setOpen({ kind: "draft", unitId });
        window.scrollTo({ top: 0 });
      }}
    >
      {t("staff.agreements.draftHere")}
    </button>
  );

  return (
    <>
      <p className="staff-announce" role="status">
        {announcement}
      </p>
      <div className="staff-toolbar">
        <label className="staff-inline-field">
          <span>{t("staff.agreements.filter")}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {filters.map((f) => (
              <option key={f} value={f}>
                {t(`staff.agreements.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {open?.kind === "draft" ? null : (
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: "draft" })}>
            {t("staff.agreements.draft")}
          </button>
        )}
      </div>
      {open?.kind === "draft" ? (
        <DraftAgreementForm
          key={open.unitId ?? ""}
          mode="draft"
          communityId={communityId}
          unitId={open.unitId}
          units={units}
          onDone={done}
          onClose={close}
        />
      ) : null}
      {cards.length === 0 ? <p className="staff-empty">{t("staff.agreements.none")}</p> : null}
      <ul className="staff-cards" aria-label={t("staff.agreements.list")}>
        {cards.map(({ unit, agreement }) =>
          agreement ? (
            <AgreementCard
              key={agreement.agreementId}
              unitName={unit.name}
              agreement={agreement}
              meetings={board.meetings}
              onAction={(kind) => setOpen({ kind, agreementId: agreement.agreementId })}
              form={formFor(agreement)}
            />
          ) : (
            <li key={unit.unitId} className="staff-card staff-card-empty">
              <div className="staff-card-head">
                <h3>{unit.name}</h3>
              </div>
              <p className="muted">{t("staff.agreements.unitHasNone")}</p>
              <div className="actions">{draftFor(unit.unitId, unit.name)}</div>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
