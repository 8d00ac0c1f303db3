import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id, LocalDate } from "../shared/schemas.ts";
import { PostNote, PostOpenedData } from "./events.ts";
import { HourMinute, PostScheduleInput } from "./schedule.ts";

// zod runs refinements on data whose fields already failed; comparing a malformed value would only add
// a second, misleading issue, so order rules compare well-formed values only.
const isDate = (value: string | undefined): value is string => LocalDate.safeParse(value).success;
const isTime = (value: string): boolean => HourMinute.safeParse(value).success;

/**
 * Body of OpenPost. Rules that need no stored state are checked here, with exact paths, so a form can put
 * each message next to its field; `params.code` names the rule for translation.
 */
export const OpenPostInput = PostOpenedData.extend({
  schedule: PostScheduleInput,
  description: PostNote.default(""),
})
  .strict()
  .superRefine(({ schedule }, ctx) => {
    if (isDate(schedule.to) && isDate(schedule.from) && schedule.to < schedule.from) {
      ctx.addIssue({
        code: "custom",
        path: ["schedule", "to"],
        message: "The period must not end before it starts",
        params: { code: "period_end_before_start" },
      });
    }
    if (schedule.kind !== "recurring") return;
    if (isTime(schedule.startTime) && isTime(schedule.endTime) && schedule.endTime <= schedule.startTime) {
      ctx.addIssue({
        code: "custom",
        path: ["schedule", "endTime"],
        message: "The end time must be after the start time",
        params: { code: "end_time_not_after_start" },
      });
    }
    const seen = new Set<number>();
    schedule.weekdays.forEach((weekday, index) => {
      if (seen.has(weekday)) {
        ctx.addIssue({
          code: "custom",
          path: ["schedule", "weekdays", index],
          message: "Each weekday is listed once",
          params: { code: "duplicate_weekday" },
        });
      }
      seen.add(weekday);
    });
  });
export type OpenPostInput = z.infer<typeof OpenPostInput>;

/** Body of ClosePost. */
export const ClosePostInput = z.strictObject({
  postId: Id,
  closedOn: LocalDate,
  reason: PostNote.default(""),
});
export type ClosePostInput = z.infer<typeof ClosePostInput>;

/** Body of ClaimPlace: with `teamId` a team leader claims for a member, without it a person for themself. */
export const ClaimPlaceInput = z.strictObject({
  postId: Id,
  claimId: Id,
  personId: Id,
  teamId: Id.optional(),
});
export type ClaimPlaceInput = z.infer<typeof ClaimPlaceInput>;

/** Body of ReleaseClaim. */
export const ReleaseClaimInput = z.strictObject({ postId: Id, claimId: Id, reason: PostNote.default("") });
export type ReleaseClaimInput = z.infer<typeof ReleaseClaimInput>;

/** Body of RecordDuty: times on one day, so an overnight duty is recorded as two. */
export const RecordDutyInput = z
  .strictObject({
    postId: Id,
    claimId: Id,
    dutyId: Id,
    date: LocalDate,
    checkIn: HourMinute,
    checkOut: HourMinute,
    note: PostNote.default(""),
  })
  .superRefine(({ checkIn, checkOut }, ctx) => {
    if (isTime(checkIn) && isTime(checkOut) && checkOut <= checkIn) {
      ctx.addIssue({
        code: "custom",
        path: ["checkOut"],
        message: "Check-out must be after check-in",
        params: { code: "check_out_not_after_check_in" },
      });
    }
  });
export type RecordDutyInput = z.infer<typeof RecordDutyInput>;

export type OpenPost = DomainCommand<"OpenPost", OpenPostInput>;
export type ClosePost = DomainCommand<"ClosePost", ClosePostInput>;
export type ClaimPlace = DomainCommand<"ClaimPlace", ClaimPlaceInput>;
export type ReleaseClaim = DomainCommand<"ReleaseClaim", ReleaseClaimInput>;
export type RecordDuty = DomainCommand<"RecordDuty", RecordDutyInput>;
export type PostCommand = OpenPost | ClosePost | ClaimPlace | ReleaseClaim | RecordDuty;

/** Post command type → data schema, for the API to parse request bodies. */
export const postCommandSchemas = {
  OpenPost: OpenPostInput,
  ClosePost: ClosePostInput,
  ClaimPlace: ClaimPlaceInput,
  ReleaseClaim: ReleaseClaimInput,
  RecordDuty: RecordDutyInput,
} satisfies DataSchemaMap<PostCommand>;
