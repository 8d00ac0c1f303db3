import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id, LocalDate } from "../shared/schemas.ts";
import {
  AgendaItem,
  AttendanceRecordedData,
  DecisionRecordedData,
  MeetingCancelledData,
  MeetingNote,
  MeetingRescheduledData,
  MeetingScheduledData,
} from "./events.ts";

/**
 * Body of ScheduleMeeting. Inputs are strict (an unknown key is a 400); the date window depends on
 * today, so the decider checks it.
 */
export const ScheduleMeetingInput = MeetingScheduledData.extend({
  agenda: z.array(AgendaItem.strict()).min(1).max(30),
}).strict();
export type ScheduleMeetingInput = z.infer<typeof ScheduleMeetingInput>;

/** Body of RescheduleMeeting: the new date, start time and place, replacing the old ones. */
export const RescheduleMeetingInput = MeetingRescheduledData.omit({ communityId: true }).strict();
export type RescheduleMeetingInput = z.infer<typeof RescheduleMeetingInput>;

/** Body of CancelMeeting; a reason is required so the members know why. */
export const CancelMeetingInput = MeetingCancelledData.omit({ communityId: true }).strict();
export type CancelMeetingInput = z.infer<typeof CancelMeetingInput>;

/**
 * Body of RecordAttendance. Who came is required when someone came and refused when nobody did, with
 * its own rule code, so a form can say which.
 */
export const RecordAttendanceInput = AttendanceRecordedData.omit({ communityId: true, corrects: true })
  .extend({ note: MeetingNote.default("") })
  .strict()
  .superRefine((record, ctx) => {
    if (record.attendance !== "absent" && record.attendeeName === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["attendeeName"],
        message: "Say who attended for the unit",
        params: { code: "attendee_required" },
      });
    }
    if (record.attendance === "absent" && record.attendeeName !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["attendeeName"],
        message: "An absent unit has no attendee",
        params: { code: "attendee_not_expected" },
      });
    }
  });
/** The parsed body (note defaulted); `z.input<typeof RecordAttendanceInput>` is what a form may send. */
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;

/** Body of RecordDecision; each unit is assigned at most once. */
export const RecordDecisionInput = DecisionRecordedData.omit({ communityId: true })
  .strict()
  .superRefine((decision, ctx) => {
    const seen = new Set<string>();
    decision.assignedUnitIds.forEach((unitId, index) => {
      if (seen.has(unitId)) {
        ctx.addIssue({
          code: "custom",
          path: ["assignedUnitIds", index],
          message: "A unit is assigned to a decision only once",
          params: { code: "duplicate_unit_id" },
        });
      }
      seen.add(unitId);
    });
  });
export type RecordDecisionInput = z.infer<typeof RecordDecisionInput>;

/** Body of MarkDecisionDone; the note may be left out. */
export const MarkDecisionDoneInput = z.strictObject({
  meetingId: Id,
  decisionId: Id,
  doneOn: LocalDate,
  note: MeetingNote.default(""),
});
/** The parsed body (note defaulted). */
export type MarkDecisionDoneInput = z.infer<typeof MarkDecisionDoneInput>;

export type ScheduleMeeting = DomainCommand<"ScheduleMeeting", ScheduleMeetingInput>;
export type RescheduleMeeting = DomainCommand<"RescheduleMeeting", RescheduleMeetingInput>;
export type CancelMeeting = DomainCommand<"CancelMeeting", CancelMeetingInput>;
export type RecordAttendance = DomainCommand<"RecordAttendance", RecordAttendanceInput>;
export type RecordDecision = DomainCommand<"RecordDecision", RecordDecisionInput>;
export type MarkDecisionDone = DomainCommand<"MarkDecisionDone", MarkDecisionDoneInput>;
export type MeetingCommand =
  | ScheduleMeeting
  | RescheduleMeeting
  | CancelMeeting
  | RecordAttendance
  | RecordDecision
  | MarkDecisionDone;

/** Meeting command type → data schema, for the API to parse request bodies. */
export const meetingCommandSchemas = {
  ScheduleMeeting: ScheduleMeetingInput,
  RescheduleMeeting: RescheduleMeetingInput,
  CancelMeeting: CancelMeetingInput,
  RecordAttendance: RecordAttendanceInput,
  RecordDecision: RecordDecisionInput,
  MarkDecisionDone: MarkDecisionDoneInput,
} satisfies DataSchemaMap<MeetingCommand>;
