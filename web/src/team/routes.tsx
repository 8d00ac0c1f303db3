import { type FeatureRoute, lazyPage } from "../routes.ts";
import "./team.css";
import "./posts.css";
import "./setup.css";

const PostsPage = lazyPage(() => import("./posts-page.tsx"), "PostsPage");
const SetupPostsPage = lazyPage(() => import("./setup-posts-page.tsx"), "SetupPostsPage");
const SetupTeamsPage = lazyPage(() => import("./setup-teams-page.tsx"), "SetupTeamsPage");
const TeamPage = lazyPage(() => import("./team-page.tsx"), "TeamPage");

/** The team pages: a team's own page, the posts, and staff's team and post setup. */
export const teamRoutes: FeatureRoute[] = [
  { path: "/teams/:teamId", element: <TeamPage /> },
  { path: "/communities/:communityId/posts", element: <PostsPage /> },
  { path: "/communities/:communityId/setup/teams", element: <SetupTeamsPage /> },
  { path: "/communities/:communityId/setup/posts", element: <SetupPostsPage /> },
];
