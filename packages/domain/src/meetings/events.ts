import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText } from "../shared/schemas.ts";

/** The stream holding one joint party-building meeting (党建联席会议) and everything recorded at it. */
export const meetingStream = (meetingId: string): string => `meeting-${meetingId}`;

/**
 * How a member unit attended: its principal party leader in person (主要负责人出席), a deputy sent in
 * their place (委派代表), or nobody (缺席). The field measures the first two separately.
 */
export const meetingAttendanceKinds = ["principal", "deputy", "absent"] as const;
export const MeetingAttendanceKind = z.enum(meetingAttendanceKinds);
export type MeetingAttendanceKind = z.infer<typeof MeetingAttendanceKind>;

/** A start time on the meeting's day, 24-hour "HH:MM". */
export const MeetingStartTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 00:00 to 23:59");
/** Where the meeting is held: a hall, a room, an address. */
export const MeetingPlace = plainText(200).pipe(z.string().min(1));
/** A remark; line breaks allowed. */
export const MeetingNote = plainText(500, { multiline: true });
/** The text of a decision (议定事项). */
export const DecisionText = plainText(500, { multiline: true }).pipe(z.string().min(1));

/** One item on the agenda, with who presents it when known. */
export const AgendaItem = z.object({
  title: plainText(200).pipe(z.string().min(1)),
  presenter: Name.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * A meeting was scheduled, possibly after the fact to record history. The date window was checked
 * against the day it was accepted, so it is not part of the stored schema.
 */
export const MeetingScheduledData = z.object({
  meetingId: Id,
  communityId: Id,
  title: Name,
  date: LocalDate,
  startTime: MeetingStartTime.optional(),
  place: MeetingPlace,
  agenda: z.array(AgendaItem).min(1).max(30),
});
export type MeetingScheduledData = z.infer<typeof MeetingScheduledData>;

/** The meeting moved; date, start time and place replace the previous ones as a whole. */
export const MeetingRescheduledData = z.object({
  meetingId: Id,
  communityId: Id,
  date: LocalDate,
  startTime: MeetingStartTime.optional(),
  place: MeetingPlace,
});
export type MeetingRescheduledData = z.infer<typeof MeetingRescheduledData>;

/** The meeting was called off before anything was recorded at it. */
export const MeetingCancelledData = z.object({
  meetingId: Id,
  communityId: Id,
  reason: MeetingNote.pipe(z.string().min(1)),
});
export type MeetingCancelledData = z.infer<typeof MeetingCancelledData>;

/**
 * One member unit's attendance. Recording a unit again corrects the earlier record (the last one
 * counts); `corrects` says so, so a projection need not remember whether it saw one before.
 */
export const AttendanceRecordedData = z.object({
  meetingId: Id,
  communityId: Id,
  unitId: Id,
  attendance: MeetingAttendanceKind,
  /** Who came; absent when nobody did. */
  attendeeName: Name.optional(),
  note: MeetingNote,
  corrects: z.boolean(),
});
export type AttendanceRecordedData = z.infer<typeof AttendanceRecordedData>;

/** The meeting agreed a decision (议定事项) and assigned it to units with a deadline. */
export const DecisionRecordedData = z.object({
  meetingId: Id,
  communityId: Id,
  decisionId: Id,
  text: DecisionText,
  assignedUnitIds: z.array(Id).min(1).max(30),
  deadline: LocalDate,
});
export type DecisionRecordedData = z.infer<typeof DecisionRecordedData>;

/** A decision was carried out; the assigned units are repeated so projections need no lookups. */
export const DecisionDoneData = z.object({
  meetingId: Id,
  communityId: Id,
  decisionId: Id,
  assignedUnitIds: z.array(Id).min(1).max(30),
  doneOn: LocalDate,
  note: MeetingNote,
});
export type DecisionDoneData = z.infer<typeof DecisionDoneData>;

/** Events of a `meeting-…` stream, declared once: schema, current version, upcasters. */
export const meetingEvents = defineEvents({
  MeetingScheduled: { schema: MeetingScheduledData },
  MeetingRescheduled: { schema: MeetingRescheduledData },
  MeetingCancelled: { schema: MeetingCancelledData },
  AttendanceRecorded: { schema: AttendanceRecordedData },
  DecisionRecorded: { schema: DecisionRecordedData },
  DecisionDone: { schema: DecisionDoneData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const MeetingEvent = meetingEvents.union;
export type MeetingEvent = EventsOf<typeof meetingEvents>;
export type MeetingScheduled = EventOf<typeof meetingEvents, "MeetingScheduled">;
export type MeetingRescheduled = EventOf<typeof meetingEvents, "MeetingRescheduled">;
export type MeetingCancelled = EventOf<typeof meetingEvents, "MeetingCancelled">;
export type AttendanceRecorded = EventOf<typeof meetingEvents, "AttendanceRecorded">;
export type DecisionRecorded = EventOf<typeof meetingEvents, "DecisionRecorded">;
export type DecisionDone = EventOf<typeof meetingEvents, "DecisionDone">;

/** Meeting event type → current data schema. */
export const meetingEventSchemas = meetingEvents.schemas;
