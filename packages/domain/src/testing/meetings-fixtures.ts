// Test-only fixtures for the meeting specs: Guangming community, two of its units and one of another.

import type {
  CancelMeeting,
  MarkDecisionDone,
  RecordAttendance,
  RecordDecision,
  RescheduleMeeting,
  ScheduleMeeting,
} from "../meetings/commands.ts";
import type {
  AttendanceRecorded,
  DecisionDone,
  DecisionRecorded,
  MeetingCancelled,
  MeetingRescheduled,
  MeetingScheduled,
} from "../meetings/events.ts";
import type { CommunityState, UnitState } from "../registry/decider.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

const unit = (unitId: string, communityId: string, name: string): UnitState => ({
  status: "registered",
  unit: {
    unitId,
    communityId,
    name,
    kind: "public_agency",
    partyOrganisation: `${name}党支部`,
    inServiceMembers: 10,
  },
});

export const school = unit("school-1", "guangming", "光明小学");
export const cdc = unit("cdc", "guangming", "区疾控中心");
export const elsewhere = unit("bureau-9", "dongfeng", "东风气象局");

export const scheduleData = (): ScheduleMeeting["data"] => ({
  meetingId: "m-2025-2",
  communityId: "guangming",
  title: "2025年第二季度党建联席会议",
  date: "2025-06-20",
  startTime: "09:30",
  place: "光明社区党群服务中心",
  agenda: [{ title: "签订共驻共建协议", presenter: "王书记" }, { title: "部署环境整治" }],
});

export const schedule = (overrides: Partial<ScheduleMeeting["data"]> = {}): ScheduleMeeting => ({
  type: "ScheduleMeeting",
  data: { ...scheduleData(), ...overrides },
});

/** The meeting as scheduled; pass a date to have it held already. */
export const scheduled = (overrides: Partial<MeetingScheduled["data"]> = {}): MeetingScheduled => ({
  type: "MeetingScheduled",
  data: { ...scheduleData(), ...overrides },
});

/** The same meeting, held last week. */
export const held = (): MeetingScheduled => scheduled({ date: "2025-06-10" });

export const reschedule = (overrides: Partial<RescheduleMeeting["data"]> = {}): RescheduleMeeting => ({
  type: "RescheduleMeeting",
  data: {
    meetingId: "m-2025-2",
    date: "2025-06-27",
    startTime: "14:00",
    place: "光明小学礼堂",
    ...overrides,
  },
});

export const rescheduled = (): MeetingRescheduled => ({
  type: "MeetingRescheduled",
  data: { ...reschedule().data, communityId: "guangming" },
});

export const cancel = (): CancelMeeting => ({
  type: "CancelMeeting",
  data: { meetingId: "m-2025-2", reason: "防汛值班，会议取消" },
});

export const cancelled = (): MeetingCancelled => ({
  type: "MeetingCancelled",
  data: { ...cancel().data, communityId: "guangming" },
});

export const attend = (overrides: Partial<RecordAttendance["data"]> = {}): RecordAttendance => ({
  type: "RecordAttendance",
  data: {
    meetingId: "m-2025-2",
    unitId: "school-1",
    attendance: "principal",
    attendeeName: "李校长",
    note: "",
    ...overrides,
  },
});

export const attended = (overrides: Partial<AttendanceRecorded["data"]> = {}): AttendanceRecorded => ({
  type: "AttendanceRecorded",
  data: { ...attend().data, communityId: "guangming", corrects: false, ...overrides },
});

export const decide = (overrides: Partial<RecordDecision["data"]> = {}): RecordDecision => ({
  type: "RecordDecision",
  data: {
    meetingId: "m-2025-2",
    decisionId: "d-1",
    text: "七月底前完成小区绿化补种",
    assignedUnitIds: ["school-1", "cdc"],
    deadline: "2025-07-31",
    ...overrides,
  },
});

export const decided = (overrides: Partial<DecisionRecorded["data"]> = {}): DecisionRecorded => ({
  type: "DecisionRecorded",
  data: { ...decide().data, communityId: "guangming", ...overrides },
});

export const markDone = (overrides: Partial<MarkDecisionDone["data"]> = {}): MarkDecisionDone => ({
  type: "MarkDecisionDone",
  data: { meetingId: "m-2025-2", decisionId: "d-1", doneOn: "2025-06-14", note: "补种40棵", ...overrides },
});

export const done = (overrides: Partial<DecisionDone["data"]> = {}): DecisionDone => ({
  type: "DecisionDone",
  data: {
    ...markDone().data,
    communityId: "guangming",
    assignedUnitIds: ["school-1", "cdc"],
    ...overrides,
  },
});

/** Both assigned units, as the handler would load them for RecordDecision. */
export const assignedUnits = { "school-1": school, cdc };
