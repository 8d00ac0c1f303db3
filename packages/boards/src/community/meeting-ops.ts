import type { MeetingEvent } from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { BoardDecision, BoardMeeting, CommunityBoard } from "./board.ts";

/**
 * What a meeting fact does to the live board. Facts about a meeting or decision the board never saw
 * (its scheduling belongs to a log that was cut short, say) change nothing.
 */
export const meetingOps = (board: CommunityBoard, event: MeetingEvent): BoardOp[] => {
  switch (event.type) {
    case "MeetingScheduled": {
      const { meetingId, title, date, startTime, place } = event.data;
      const meeting: BoardMeeting = {
        meetingId,
        title,
        date,
        startTime: startTime ?? null,
        place,
        status: "scheduled",
        attendance: {},
      };
      return [{ op: "set", path: ["meetings", meetingId], value: meeting }];
    }
    case "MeetingRescheduled": {
      const { meetingId, date, startTime, place } = event.data;
      if (!own(board.meetings, meetingId)) return [];
      return [
        { op: "set", path: ["meetings", meetingId, "date"], value: date },
        { op: "set", path: ["meetings", meetingId, "startTime"], value: startTime ?? null },
        { op: "set", path: ["meetings", meetingId, "place"], value: place },
      ];
    }
    case "MeetingCancelled":
      if (!own(board.meetings, event.data.meetingId)) return [];
      return [{ op: "set", path: ["meetings", event.data.meetingId, "status"], value: "cancelled" }];
    case "AttendanceRecorded": {
      const { meetingId, unitId, attendance } = event.data;
      if (!own(board.meetings, meetingId)) return [];
      // A second record for the same unit is a correction: it simply replaces the first.
      return [{ op: "set", path: ["meetings", meetingId, "attendance", unitId], value: attendance }];
    }
    case "DecisionRecorded": {
      const { meetingId, decisionId, text, assignedUnitIds, deadline } = event.data;
      if (!own(board.meetings, meetingId)) return [];
      const decision: BoardDecision = {
        decisionId,
        meetingId,
        text,
        assignedUnitIds,
        deadline,
        doneOn: null,
      };
      return [{ op: "set", path: ["decisions", decisionId], value: decision }];
    }
    case "DecisionDone":
      if (!own(board.decisions, event.data.decisionId)) return [];
      return [{ op: "set", path: ["decisions", event.data.decisionId, "doneOn"], value: event.data.doneOn }];
  }
};
