import {
  ACCOUNTS_BOARD,
  type AccountsBoard,
  boardIdOf,
  PLEDGES_BOARD,
  type PledgesBoard,
  POSTS_BOARD,
  type PostsBoard,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
} from "@cobuild/boards";
import { Link } from "react-router";
import { localToday } from "../../boards/agreements.ts";
import { useBoard } from "../../boards/use-board.ts";
import { type MessageKey, useI18n } from "../../i18n/i18n.tsx";
import { paths } from "../../routes.ts";
import { isOverdue } from "../pledges/rates.ts";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { usePendingQueue } from "../verify/use-pending-queue.tsx";
import { setupCounts } from "./counts.ts";
import { useResidentsCount } from "./use-residents-count.ts";

/** 社区设置: one card per setup area, each with its figures, plus the verification queue. */
export function SetupHubPage() {
  return (
    <StaffFrame title="staff.hub.title" intro="staff.hub.intro" isHub>
      {(context) => <Hub {...context} />}
    </StaffFrame>
  );
}

interface Card {
  to: string;
  title: MessageKey;
  /** The big figure; undefined while it loads, null for a card without one. */
  count: number | undefined | null;
  detail?: string;
  attention?: boolean;
}

function Hub({ communityId, board }: StaffContext) {
  const { t, formatNumber } = useI18n();
  const counts = setupCounts(board, localToday());
  const posts = useBoard<PostsBoard>(boardIdOf(POSTS_BOARD, communityId)).board?.data;
  const supermarket = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, communityId)).board?.data;
  const residents = useResidentsCount(communityId);
  const accountsView = useBoard<AccountsBoard>(boardIdOf(ACCOUNTS_BOARD, communityId));
  const accounts = Object.values(accountsView.board?.data.accounts ?? {});
  const accountsKnown = accountsView.board !== undefined || accountsView.missing;
  const pledgesView = useBoard<PledgesBoard>(boardIdOf(PLEDGES_BOARD, communityId));
  const pledges = Object.values(pledgesView.board?.data.pledges ?? {});
  const pledgesKnown = pledgesView.board !== undefined || pledgesView.missing;
  const queue = usePendingQueue(board);
  const queueLoaded =
    queue.ledgers.loaded === queue.ledgers.total && queue.teams.loaded === queue.teams.total;
  const postList = Object.values(posts?.posts ?? {});
  const items = Object.values(supermarket?.items ?? {});
  const low = items.filter((i) => i.stock <= 0 || i.stock < i.minimumStock).length;
  const waiting = queue.contributions.length + queue.hours.length;

  const cards: Card[] = [
    {
      to: paths.verify(communityId),
      title: "staff.hub.verify",
      count: queueLoaded ? waiting : undefined,
      detail: queueLoaded
        ? t("staff.hub.verifyDetail", {
            contributions: formatNumber(queue.contributions.length),
            hours: formatNumber(queue.hours.length),
          })
        : undefined,
      attention: waiting > 0,
    },
    {
      to: paths.setupUnits(communityId),
      title: "staff.hub.units",
      count: counts.units,
      detail: t("staff.hub.unitsDetail", { members: formatNumber(counts.inServiceMembers) }),
    },
    {
      to: paths.setupAgreements(communityId),
      title: "staff.hub.agreements",
      count: counts.agreements.total,
      detail: t("staff.hub.agreementsDetail", {
        signed: formatNumber(counts.agreements.signed),
        draft: formatNumber(counts.agreements.draft),
      }),
    },
    {
      to: paths.setupMeetings(communityId),
      title: "staff.hub.meetings",
      count: counts.meetings.total,
      detail: t("staff.hub.meetingsDetail", {
        upcoming: formatNumber(counts.meetings.upcoming),
        open: formatNumber(counts.openDecisions),
      }),
    },
    {
      to: paths.setupTeams(communityId),
      title: "staff.hub.teams",
      count: counts.teams,
      detail: t("staff.hub.teamsDetail", { members: formatNumber(counts.teamMembers) }),
    },
    {
      to: paths.setupPosts(communityId),
      title: "staff.hub.posts",
      count: posts ? postList.length : undefined,
      detail: posts
        ? t("staff.hub.postsDetail", {
            open: formatNumber(postList.filter((p) => p.status === "open").length),
          })
        : undefined,
    },
    {
      to: paths.setupResidents(communityId),
      title: "staff.hub.residents",
      count: residents?.total,
      detail: residents
        ? t("staff.hub.residentsDetail", { approved: formatNumber(residents.approved) })
        : undefined,
    },
    {
      to: paths.setupItems(communityId),
      title: "staff.hub.items",
      count: supermarket ? items.length : undefined,
      detail: supermarket ? t("staff.hub.itemsDetail", { low: formatNumber(low) }) : undefined,
      attention: low > 0,
    },
    {
      to: paths.setupPledges(communityId),
      title: "staff.pledges.hub",
      count: pledgesKnown ? pledges.length : undefined,
      detail: pledgesKnown
        ? t("staff.pledges.hubDetail", {
            pending: formatNumber(pledges.filter((p) => p.status === "fulfilment_pending").length),
            overdue: formatNumber(pledges.filter((p) => isOverdue(p, localToday())).length),
          })
        : undefined,
      attention: pledges.some((p) => p.status === "fulfilment_pending"),
    },
    {
      to: paths.setupAccounts(communityId),
      title: "staff.hub.accounts",
      count: accountsKnown ? accounts.length : undefined,
      detail: accountsKnown
        ? t("staff.hub.accountsDetail", {
            pending: formatNumber(accounts.filter((a) => a.mustChangePassword).length),
          })
        : undefined,
    },
    {
      to: paths.audit(communityId),
      title: "staff.hub.audit",
      count: null,
      detail: t("staff.hub.auditDetail"),
    },
    {
      to: paths.publicSite(communityId),
      title: "staff.hub.public",
      count: null,
      detail: t("staff.hub.publicDetail"),
    },
  ];

  return (
    <>
      {queue.watchers}
      <ul className="staff-hub">
        {cards.map((card) => (
          <li key={card.to}>
            <Link className={`staff-hub-card${card.attention ? " staff-hub-attention" : ""}`} to={card.to}>
              <span className="staff-hub-title">{t(card.title)}</span>
              {card.count === null ? null : (
                <span className="staff-hub-count">
                  {card.count === undefined ? "…" : formatNumber(card.count)}
                </span>
              )}
              {card.detail ? <span className="staff-hub-detail">{card.detail}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
