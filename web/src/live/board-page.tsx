import { Link, useParams } from "react-router";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import { ChartsSection } from "./charts-section.tsx";
import { ContributionFeed } from "./contribution-feed.tsx";
import { HoursSection } from "./hours-section.tsx";
import { LiveKpis } from "./kpis.tsx";
import { MeetingSection } from "./meeting-section.tsx";
import { OverdueSection } from "./overdue-section.tsx";
import { PostsSection } from "./posts-section.tsx";
import { SupermarketSection } from "./supermarket-section.tsx";
import { UnitAgreements } from "./unit-agreements.tsx";
import { useCommunityBoards } from "./use-community-boards.ts";
import { useToday } from "./use-today.ts";

/** The joint-meeting live board (联席会议看板) of one community. */
export function CommunityBoardPage() {
  const { communityId = "" } = useParams();
  return <RequireLogin>{() => <CommunityBoardView communityId={communityId} />}</RequireLogin>;
}

function CommunityBoardView({ communityId }: { communityId: string }) {
  const { t } = useI18n();
  const today = useToday();
  const { community, version, posts, supermarket, connection, missing, refused } =
    useCommunityBoards(communityId);

  if (!community) {
    return (
      <Shell connection={connection}>
        <BoardMessage view={{ missing, refused }} notFound={t("live.notFound")} />
      </Shell>
    );
  }

  return (
    <Shell title={community.name} connection={connection}>
      <div className="live-board" data-version={version}>
        <div className="live-title">
          <h1>{t("live.wall.title", { name: community.name })}</h1>
          <span className="muted">{t("live.today", { date: today })}</span>
          <Link
            className="button button-primary live-wall-button"
            to={paths.wall(communityId)}
            title={t("live.openWallHint")}
          >
            {t("live.openWall")}
          </Link>
        </div>
        <LiveKpis community={community} posts={posts} today={today} />
        <div className="live-grid">
          <div className="live-main">
            <OverdueSection community={community} today={today} />
            <UnitAgreements community={community} today={today} />
          </div>
          <div className="live-side">
            <ContributionFeed items={community.recentContributions} />
            <MeetingSection community={community} today={today} />
          </div>
        </div>
        <div className="live-lower">
          <HoursSection community={community} today={today} />
          <PostsSection posts={posts} />
          <SupermarketSection supermarket={supermarket} today={today} />
        </div>
        <ChartsSection community={community} supermarket={supermarket} today={today} />
      </div>
    </Shell>
  );
}
