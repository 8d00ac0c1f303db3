import { ClosePostInput, Id, OpenPostInput } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { claimRoutes } from "./claim-routes.ts";
import { existingPost, type PostsService } from "./service.ts";
import { PostDetail, PostList, postDetail, postSummary } from "./view.ts";

const CommunityParams = z.object({ communityId: Id });
const PostParams = z.object({ postId: Id });

/** Service posts (公益岗位) over HTTP: opening, reading and closing posts, then claims and duties. */
export function postRoutes(posts: PostsService, access: AccessControl): ApiRoute[] {
  const tag = "Posts";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/posts",
      tag,
      summary: "Open a service post (公益岗位, 设岗定责) with its places, schedule and responsibility area",
      auth: "session",
      params: CommunityParams,
      body: OpenPostInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Opened" },
      async handle({ body, envelope, res }) {
        const result = await posts.openPost(body, envelope);
        sendCommandResult(res, result, { postId: body.postId }, { created: `/api/posts/${body.postId}` });
      },
    }),
    route({
      method: "get",
      path: "/posts/:postId",
      tag,
      summary: "A post with its places left, every claim with the claimant's name, and the duty hours",
      auth: "session",
      params: PostParams,
      success: { status: 200, description: "The post", schema: PostDetail },
      async handle({ params: { postId }, principal, res }) {
        const { state, description, revision } = await posts.post(postId);
        const post = existingPost(state, postId);
        await access.check(principal, "ReadPost", { communityId: post.communityId });
        const names = await posts.personNames([...post.claims.values()].map((claim) => claim.personId));
        res.setHeader("ETag", etagOf(revision)).json(postDetail(post, description, names));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/posts",
      tag,
      summary: "A community's posts, open and closed, with the places left on each",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The posts", schema: PostList },
      async handle({ params: { communityId }, principal, res }) {
        // Every post of a community is read by the same people, so one check covers the list.
        await access.check(principal, "ReadPost", { communityId });
        const ids = Object.keys(await posts.catalogue(communityId)).sort();
        const loaded = await Promise.all(ids.map((postId) => posts.post(postId)));
        const summaries = loaded.flatMap(({ state, description }) =>
          state.status === "none" || state.communityId !== communityId
            ? []
            : [postSummary(state, description)],
        );
        res.json({ communityId, posts: summaries });
      },
    }),
    route({
      method: "post",
      path: "/posts/:postId/closure",
      tag,
      summary: "Close a post; its claims and duty records stay on record",
      auth: "session",
      params: PostParams,
      body: ClosePostInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Closed" },
      async handle({ body, envelope, res }) {
        sendCommandResult(res, await posts.closePost(body, envelope), { postId: body.postId });
      },
    }),
    ...claimRoutes(posts),
  ];
}
