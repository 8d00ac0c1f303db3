import { ClaimPlaceInput, Id, RecordDutyInput, ReleaseClaimInput } from "@cobuild/domain";
import { z } from "zod";
import { entityIdFor } from "../commands/ids.ts";
import { sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { parseInput } from "../http/validate.ts";
import type { PostsService } from "./service.ts";

const PostParams = z.object({ postId: Id });
const ClaimParams = z.object({ postId: Id, claimId: Id });

// The ids a client may leave to the server. RecordDutyInput has refinements, so it cannot be `.omit`ted:
// its shape is reused here and the whole schema is applied once the id is known.
const ClaimBody = ClaimPlaceInput.extend({ claimId: Id.optional() });
const DutyBody = z.strictObject({ ...RecordDutyInput.shape, dutyId: Id.optional() });

/** Claims on a post (认领): claiming a place, giving it up, and the duty records (履职记录) under it. */
export function claimRoutes(posts: PostsService): ApiRoute[] {
  const tag = "Posts";
  return [
    route({
      method: "post",
      path: "/posts/:postId/claims",
      tag,
      summary:
        "Claim a place for a person: a team leader for a member of their team (with teamId), a person for themself (without)",
      auth: "session",
      params: PostParams,
      body: ClaimBody,
      bodyIncludesParams: true,
      success: { status: 201, description: "Claimed" },
      async handle({ params: { postId }, body, envelope, res }) {
        // Derived from the Idempotency-Key when absent, so a retry claims under the same id.
        const claimId = body.claimId ?? entityIdFor(`claim:${postId}`, envelope.idempotencyKey);
        const result = await posts.claimPlace({ ...body, claimId }, envelope);
        // A claim is read as part of its post.
        sendCommandResult(res, result, { postId, claimId }, { created: `/api/posts/${postId}` });
      },
    }),
    route({
      method: "post",
      path: "/posts/:postId/claims/:claimId/release",
      tag,
      summary: "Give up a claim; its place is free again and its duty records stay",
      auth: "session",
      params: ClaimParams,
      body: ReleaseClaimInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Released" },
      async handle({ params, body, envelope, res }) {
        sendCommandResult(res, await posts.releaseClaim(body, envelope), params);
      },
    }),
    route({
      method: "post",
      path: "/posts/:postId/claims/:claimId/duties",
      tag,
      summary:
        "Record a duty (履职记录) under an active claim: the day, check-in and check-out; hours follow",
      auth: "session",
      params: ClaimParams,
      body: DutyBody,
      bodyIncludesParams: true,
      success: { status: 201, description: "Recorded" },
      async handle({ params, body, envelope, res }) {
        const dutyId =
          body.dutyId ?? entityIdFor(`duty:${params.postId}:${params.claimId}`, envelope.idempotencyKey);
        const data = parseInput(RecordDutyInput, { ...body, dutyId });
        const result = await posts.recordDuty(data, envelope);
        sendCommandResult(
          res,
          result,
          { ...params, dutyId },
          // A duty record is read as part of its post.
          { created: `/api/posts/${params.postId}` },
        );
      },
    }),
  ];
}
