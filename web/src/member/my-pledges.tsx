import { type BoardPledge, boardIdOf, PLEDGES_BOARD, type PledgesBoard } from "@cobuild/boards";
import { type ReactNode, useMemo, useState } from "react";
import { localToday } from "../boards/agreements.ts";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { MakePledgeForm } from "../staff/pledges/make-pledge-form.tsx";
import { FulfilmentForm } from "../staff/pledges/pledge-actions.tsx";
import { PledgeOutcome } from "../staff/pledges/pledge-outcome.tsx";
import { mayRecordFulfilment, overdueToKeep, ownPledges } from "./my-pledges.ts";
import "../staff/pledges/pledges.css";

/**
 * 我的承诺: a party member's own pledges, live from the community's `pledges:<communityId>` board, where
 * they make a new one and record what they did to keep one (践诺) for staff to verify and strike off.
 */
export function MyPledgesSection({ communityId, personId }: { communityId: string; personId: string }) {
  const { t } = useI18n();
  const view = useBoard<PledgesBoard>(boardIdOf(PLEDGES_BOARD, communityId));
  const [making, setMaking] = useState(false);
  const today = localToday();
  const data = view.board?.data;
  const pledges = useMemo(() => ownPledges(data, personId), [data, personId]);

  let list: ReactNode;
  // A community that has no pledge yet has no board: that is an empty list, not an error.
  if (!data && !view.missing) {
    list = (
      <BoardMessage view={view} loading={t("member.pledges.loading")} notFound={t("member.pledges.none")} />
    );
  } else if (pledges.length === 0) {
    list = <p className="muted">{t("member.pledges.none")}</p>;
  } else {
    list = (
      <ul className="member-list">
        {pledges.map((pledge) => (
          <PledgeItem key={pledge.pledgeId} pledge={pledge} today={today} />
        ))}
      </ul>
    );
  }

  return (
    <section className="member-card member-pledges" aria-labelledby="member-pledges">
      <div className="member-section-head">
        <h2 id="member-pledges">{t("member.pledges.title")}</h2>
        {making ? null : (
          <button type="button" className="button button-primary" onClick={() => setMaking(true)}>
            {t("member.pledges.make")}
          </button>
        )}
      </div>
      <p className="muted member-small">{t("member.pledges.intro")}</p>
      {making ? (
        <MakePledgeForm communityId={communityId} memberId={personId} onClose={() => setMaking(false)} />
      ) : null}
      {list}
    </section>
  );
}

function PledgeItem({ pledge, today }: { pledge: BoardPledge; today: string }) {
  const { t } = useI18n();
  const [fulfilling, setFulfilling] = useState(false);
  return (
    <li className="member-item member-pledge">
      <div className="member-item-main">
        <span className="member-item-title pledge-content">{pledge.content}</span>
        <span className={`chip pledge-status-${pledge.status}`}>
          {t(`member.pledges.status.${pledge.status}`)}
        </span>
      </div>
      <div className="member-item-meta">
        <span>{t(`staff.pledges.category.${pledge.category}`)}</span>
        <span>{t(`staff.pledges.madeTo.${pledge.madeTo}`)}</span>
        <span>{t("member.pledges.madeOn", { date: pledge.madeOn })}</span>
        <span>{t("staff.pledges.due", { date: pledge.dueOn })}</span>
        {overdueToKeep(pledge, today) ? (
          <span className="chip pledge-overdue">{t("staff.pledges.overdue")}</span>
        ) : null}
      </div>
      <PledgeOutcome pledge={pledge} />
      {mayRecordFulfilment(pledge) ? (
        fulfilling ? (
          <FulfilmentForm pledge={pledge} onClose={() => setFulfilling(false)} />
        ) : (
          <div className="actions">
            <button type="button" className="button" onClick={() => setFulfilling(true)}>
              {t("staff.pledges.recordFulfilment")}
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}
