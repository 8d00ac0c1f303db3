import type { CommandEnvelope, Services } from "@cobuild/api";
import { addDays, addMonths, ClaimPlaceInput, OpenPostInput, RecordDutyInput } from "@cobuild/domain";
import { GUANGMING_POSTS } from "./community-life.ts";
import { GUANGMING } from "./guangming.ts";
import { inParallel } from "./parallel.ts";
import type { DemoPerson } from "./seed-people.ts";

/**
 * Sixteen public-welfare posts (公益岗位) for the year. Team leaders have claimed most places for
 * members of their teams, reported-in members took some themselves, and a few places are still open;
 * claimed places have duty records (履职记录).
 */
export async function seedPosts(
  services: Services,
  /** Decides as of the first week of the term, when places were claimed. */
  claimDayServices: Services,
  envelope: CommandEnvelope,
  people: readonly DemoPerson[],
  rosters: ReadonlyMap<string, string[]>,
  termStart: string,
  today: string,
) {
  const { communityId } = GUANGMING;
  const from = termStart;
  const to = addDays(addMonths(termStart, 12), -1);
  const selfClaimers = people.filter((p) => p.inService && p.reportedIn).map((p) => p.personId);
  let self = 0;
  await inParallel(GUANGMING_POSTS, 8, async (post, index) => {
    const { postId } = post;
    const schedule = post.weekdays
      ? { kind: "recurring", weekdays: post.weekdays, startTime: "08:30", endTime: "10:30", from, to }
      : { kind: "period", from, to };
    await services.posts.openPost(
      OpenPostInput.parse({
        postId,
        communityId,
        name: post.name,
        category: post.category,
        places: post.places,
        schedule,
        area: post.area,
      }),
      envelope,
    );
    // Leave a place or two open on most posts, so the board has something to offer.
    const filled = Math.max(1, post.places - (index % 3));
    const roster = rosters.get(post.teamId) ?? [];
    const claimants = new Set<string>();
    for (let k = 0; k < filled; k++) {
      const byTeam = k < filled - 1 || index % 2 === 0;
      const personId = byTeam
        ? roster[(k * 3 + index) % roster.length]
        : selfClaimers[self++ % selfClaimers.length];
      if (!personId || claimants.has(personId)) continue;
      claimants.add(personId);
      const claimId = `${postId}-c${k + 1}`;
      await claimDayServices.posts.claimPlace(
        ClaimPlaceInput.parse({ postId, claimId, personId, ...(byTeam ? { teamId: post.teamId } : {}) }),
        envelope,
      );
      for (let d = 0; d < 1 + ((k + index) % 3); d++) {
        await services.posts.recordDuty(
          RecordDutyInput.parse({
            postId,
            claimId,
            dutyId: `${claimId}-d${d + 1}`,
            date: addDays(today, -(2 + d * 11 + k)),
            checkIn: "08:30",
            checkOut: d % 2 === 0 ? "10:30" : "10:00",
          }),
          envelope,
        );
      }
    }
  });
}
