import type { FeatureRoute } from "../routes.ts";
import { PostsPage } from "./posts-page.tsx";
import { SetupPostsPage } from "./setup-posts-page.tsx";
import { SetupTeamsPage } from "./setup-teams-page.tsx";
import { TeamPage } from "./team-page.tsx";
import "./team.css";
import "./posts.css";
import "./setup.css";

/** The team pages: a team's own page, the posts, and staff's team and post setup. */
export const teamRoutes: FeatureRoute[] = [
  { path: "/teams/:teamId", element: <TeamPage /> },
  { path: "/communities/:communityId/posts", element: <PostsPage /> },
  { path: "/communities/:communityId/setup/teams", element: <SetupTeamsPage /> },
  { path: "/communities/:communityId/setup/posts", element: <SetupPostsPage /> },
];
