import type { CommunityBoard, PostsBoard, SupermarketBoard } from "@cobuild/boards";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { ConnectionState } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import { darkChart } from "./charts/chart-frame.tsx";
import { HoursChart } from "./charts/hours-chart.tsx";
import { ProgressChart } from "./charts/progress-chart.tsx";
import { StockChart } from "./charts/stock-chart.tsx";
import { ContributionFeed } from "./contribution-feed.tsx";
import { LiveKpis } from "./kpis.tsx";
import { MeetingSection } from "./meeting-section.tsx";
import { OverdueSection } from "./overdue-section.tsx";
import { PostsSection } from "./posts-section.tsx";
import { pagesOf } from "./rotation.ts";
import { SupermarketSection, SupermarketToday } from "./supermarket-section.tsx";
import { useCommunityBoards } from "./use-community-boards.ts";
import { useRotation } from "./use-rotation.ts";
import { useToday } from "./use-today.ts";
import { WallUnits } from "./wall-units.tsx";

/** Seconds each page of the rotating panel stays up: long enough to read a unit's commitments aloud. */
const PAGE_MS = 15_000;
/** Units per page of the rotating panel at 1920×1080. */
const UNITS_PER_PAGE = 6;

/** The wall screen (大屏模式): the live board full-screen, dark, large, for the meeting room. */
export function WallPage() {
  const { communityId = "" } = useParams();
  return <RequireLogin>{() => <WallView communityId={communityId} />}</RequireLogin>;
}

function WallView({ communityId }: { communityId: string }) {
  const { t } = useI18n();
  const today = useToday();
  const boards = useCommunityBoards(communityId);
  const { community, connection } = boards;
  return (
    <div className="live-wall">
      <header className="live-wall-top">
        <h1>{community ? t("live.wall.title", { name: community.name }) : t("app.name")}</h1>
        <span className="live-wall-date">{today}</span>
        <WallControls communityId={communityId} />
        <WallConnection state={connection} />
      </header>
      {connection === "offline" ? (
        <div className="live-wall-offline" role="alert">
          {t("conn.offlineBanner")}
        </div>
      ) : null}
      {community ? (
        <WallBody community={community} posts={boards.posts} supermarket={boards.supermarket} today={today} />
      ) : (
        <BoardMessage view={boards} notFound={t("live.notFound")} className="live-wall-message" />
      )}
    </div>
  );
}

interface WallBodyProps {
  community: CommunityBoard;
  posts?: PostsBoard;
  supermarket?: SupermarketBoard;
  today: string;
}

function WallBody({ community, posts, supermarket, today }: WallBodyProps) {
  const { t } = useI18n();
  const units = Object.values(community.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const unitPages = pagesOf(units, UNITS_PER_PAGE);
  const pages: { key: string; content: ReactNode }[] = [
    {
      key: "progress",
      content: <ProgressChart community={community} today={today} theme={darkChart} rowHeight={28} />,
    },
    ...unitPages.map((page, i) => ({
      key: `units-${i}`,
      content: (
        <WallUnits
          community={community}
          units={page}
          today={today}
          title={t("live.wall.units", {
            from: i * UNITS_PER_PAGE + 1,
            to: i * UNITS_PER_PAGE + page.length,
            total: units.length,
          })}
        />
      ),
    })),
    { key: "meeting", content: <MeetingSection community={community} today={today} /> },
    {
      key: "hours",
      content: <HoursChart community={community} today={today} theme={darkChart} height={640} />,
    },
    { key: "posts", content: <PostsSection posts={posts} limit={6} /> },
    {
      key: "supermarket",
      // Today's figures and low stock stay in the side column; this page draws the whole stock.
      content: supermarket ? (
        <StockChart supermarket={supermarket} theme={darkChart} rowHeight={44} />
      ) : (
        <SupermarketSection supermarket={supermarket} today={today} />
      ),
    },
  ];
  const rotation = useRotation(pages.length, PAGE_MS);
  const page = pages[rotation.index];
  return (
    <>
      <LiveKpis community={community} posts={posts} today={today} className="live-wall-kpis" />
      <div className="live-wall-grid">
        <section
          className="live-wall-panel"
          aria-roledescription="carousel"
          aria-label={t("live.wall.page", { n: rotation.index + 1, total: pages.length })}
        >
          <div className="live-wall-pager">
            <button type="button" onClick={() => rotation.go(-1)} aria-label={t("live.wall.previous")}>
              ‹
            </button>
            <button type="button" onClick={() => rotation.setPaused(!rotation.paused)}>
              {rotation.paused ? t("live.wall.play") : t("live.wall.pause")}
            </button>
            <button type="button" onClick={() => rotation.go(1)} aria-label={t("live.wall.next")}>
              ›
            </button>
            <span className="live-wall-dots" aria-hidden="true">
              {pages.map((p, i) => (
                <span key={p.key} className={i === rotation.index ? "live-dot live-dot-on" : "live-dot"} />
              ))}
            </span>
          </div>
          <div className="live-wall-page" key={page?.key}>
            {page?.content}
          </div>
        </section>
        <div className="live-wall-feed">
          <ContributionFeed
            items={community.recentContributions}
            limit={7}
            headingId="live-wall-feed-heading"
          />
        </div>
        <div className="live-wall-side">
          <OverdueSection community={community} today={today} limit={4} />
          {supermarket ? (
            <section className="live-card live-wall-today" aria-labelledby="live-wall-today-heading">
              <h2 id="live-wall-today-heading">{t("live.supermarket.today")}</h2>
              <SupermarketToday supermarket={supermarket} today={today} />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** Going full-screen and leaving: out of sight until the pointer or the keyboard reaches them. */
function WallControls({ communityId }: { communityId: string }) {
  const { t } = useI18n();
  return (
    <div className="live-wall-controls">
      <button
        type="button"
        onClick={() => {
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
        }}
      >
        {t("live.wall.fullscreen")}
      </button>
      <Link to={paths.communityBoard(communityId)}>{t("live.wall.back")}</Link>
    </div>
  );
}

function WallConnection({ state }: { state: ConnectionState }) {
  const { t } = useI18n();
  return (
    <span
      className={`live-wall-conn live-wall-conn-${state}`}
      data-testid="connection"
      data-state={state}
      role="status"
    >
      <span className="live-wall-conn-dot" aria-hidden="true" />
      {t(`conn.${state}`)}
    </span>
  );
}
