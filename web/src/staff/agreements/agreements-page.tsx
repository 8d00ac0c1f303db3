import type { BoardAgreement, BoardAgreementStatus } from "@cobuild/boards";
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

  const sections = units
    .map((unit) => {
      const all = byUnit.get(unit.unitId) ?? [];
      const shown = filter === "none" ? [] : all.filter((a) => matches(filter, a.status));
      const visible = filter === "none" ? all.length === 0 : filter === "all" || shown.length > 0;
      return { unit, all, shown, visible };
    })
    .filter((s) => s.visible);

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
      {sections.length === 0 ? <p className="staff-empty">{t("staff.agreements.none")}</p> : null}
      {sections.map(({ unit, all, shown }) => (
        <section key={unit.unitId} className="staff-unit-block" aria-labelledby={`unit-${unit.unitId}`}>
          <div className="section-head">
            <h2 id={`unit-${unit.unitId}`}>{unit.name}</h2>
            <button
              type="button"
              className="link-button staff-link"
              aria-label={t("staff.agreements.draftFor", { unit: unit.name })}
              onClick={() => {
                setOpen({ kind: "draft", unitId: unit.unitId });
                window.scrollTo({ top: 0 });
              }}
            >
              {t("staff.agreements.draftHere")}
            </button>
          </div>
          {all.length === 0 ? <p className="muted">{t("staff.agreements.unitHasNone")}</p> : null}
          <ul className="staff-cards">
            {shown.map((agreement) => (
              <AgreementCard
                key={agreement.agreementId}
                agreement={agreement}
                meetings={board.meetings}
                onAction={(kind) => setOpen({ kind, agreementId: agreement.agreementId })}
                form={formFor(agreement)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
