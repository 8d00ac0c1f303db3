import { boardIdOf, MEMBER_RECORD, type MemberRecord } from "@cobuild/boards";
import { useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { MemberHoursChart } from "./hours-chart.tsx";
import { ClaimsSection, EntriesSection, EvaluationsSection, TeamsSection } from "./member-sections.tsx";
import { MyPledgesSection } from "./my-pledges.tsx";

/** 我的记录: a person's own service record, from the `member:<personId>` board, live. */
export function MemberRecordPage() {
  return <RequireLogin>{(user) => <MemberRecordView user={user} />}</RequireLogin>;
}

function MemberRecordView({ user }: { user: User }) {
  const { personId = "" } = useParams();
  const { t } = useI18n();
  const view = useBoard<MemberRecord>(boardIdOf(MEMBER_RECORD, personId));
  const { board, connection } = view;
  return (
    <Shell title={board?.data.name} connection={connection}>
      {board ? (
        <Record record={board.data} own={isOwnRecord(user, personId)} />
      ) : (
        <BoardMessage
          view={view}
          loading={t("member.loading")}
          notFound={t("member.notFound")}
          notAllowed={t("member.notAllowed")}
        />
      )}
    </Shell>
  );
}

/** Staff and the employer's liaison read records too; only the person's own is "my" record. */
const isOwnRecord = (user: User, personId: string): boolean =>
  user.grants.some((g) => g.role === "member" && g.personId === personId);

function Record({ record, own }: { record: MemberRecord; own: boolean }) {
  const { t, formatNumber } = useI18n();
  const teamsNow = Object.values(record.teams).filter((team) => team.leftOn === null).length;
  const claimsNow = Object.values(record.claims).filter((claim) => claim.releasedOn === null).length;
  return (
    <div className="member-page">
      <header className="member-header">
        <p className="member-eyebrow">{t(own ? "member.title" : "member.title.other")}</p>
        <h1>{record.name}</h1>
        <p className="member-facts">
          <span className="chip member-chip">{t(`member.kind.${record.kind}`)}</span>
          {record.partyCategory ? (
            <span className="chip member-chip">{t(`member.party.${record.partyCategory}`)}</span>
          ) : null}
          {record.partyCategory === "in_service" ? (
            <span className={record.reportedOn ? "member-reported" : "member-not-reported"}>
              {record.reportedOn
                ? t("member.reportedOn", { date: record.reportedOn })
                : t("member.notReported")}
            </span>
          ) : null}
        </p>
      </header>
      <dl className="kpis member-kpis">
        <div className="kpi">
          <dt className="kpi-label">{t("member.kpi.approved")}</dt>
          <dd className="kpi-value">{formatNumber(record.hours.approved)}</dd>
        </div>
        <div className="kpi member-kpi-pending">
          <dt className="kpi-label">{t("member.kpi.pending")}</dt>
          <dd className="kpi-value">{formatNumber(record.hours.pending)}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t("member.kpi.teams")}</dt>
          <dd className="kpi-value">{teamsNow}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t("member.kpi.claims")}</dt>
          <dd className="kpi-value">{claimsNow}</dd>
        </div>
      </dl>
      <div className="member-columns">
        <div className="member-column">
          <section className="member-card" aria-labelledby="member-hours">
            <h2 id="member-hours">{t("member.hours.title")}</h2>
            <MemberHoursChart byMonth={record.hours.byMonth} titleId="member-hours" />
          </section>
          {/* A party member's own pledges (党员承诺): only they make and fulfil them here. */}
          {own && record.kind === "party_member" ? (
            <MyPledgesSection communityId={record.communityId} personId={record.personId} />
          ) : null}
          <EntriesSection record={record} />
        </div>
        <div className="member-column">
          <TeamsSection record={record} />
          <ClaimsSection record={record} />
          <EvaluationsSection record={record} />
        </div>
      </div>
    </div>
  );
}
