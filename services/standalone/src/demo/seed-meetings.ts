import type { CommandEnvelope, Services } from "@cobuild/api";
import {
  addDays,
  MarkDecisionDoneInput,
  RecordAttendanceInput,
  RecordDecisionInput,
  ScheduleMeetingInput,
} from "@cobuild/domain";
import { GUANGMING, GUANGMING_UNITS } from "./guangming.ts";

const unitId = (index: number) => `gm-u${String(index + 1).padStart(2, "0")}`;

/** Every unit's attendance: one in `principalsEvery` sends its principal, one in three stays away. */
async function recordAttendance(
  services: Services,
  envelope: CommandEnvelope,
  meetingId: string,
  principalsEvery: number,
) {
  for (const [index, unit] of GUANGMING_UNITS.entries()) {
    const attendance = index % principalsEvery === 0 ? "principal" : index % 3 === 2 ? "absent" : "deputy";
    await services.meetings.recordAttendance(
      RecordAttendanceInput.parse({
        meetingId,
        unitId: unitId(index),
        attendance,
        ...(attendance === "principal" ? { attendeeName: unit.principal } : {}),
        ...(attendance === "deputy" ? { attendeeName: `${unit.name}党建联络员` } : {}),
      }),
      envelope,
    );
  }
}

/** The meeting at which the year's agreements are signed (签约仪式暨联席会议). */
export const SIGNING_MEETING = "jm-signing";

/** Scheduled before the agreements are signed at it; its attendance is recorded with the others. */
export async function scheduleSigningMeeting(services: Services, envelope: CommandEnvelope, date: string) {
  await services.meetings.scheduleMeeting(
    ScheduleMeetingInput.parse({
      meetingId: SIGNING_MEETING,
      communityId: GUANGMING.communityId,
      title: "共驻共建签约仪式暨党建联席会议",
      date,
      startTime: "09:00",
      place: "光明社区党群服务中心三楼会议室",
      agenda: [{ title: "签订年度共驻共建协议书", presenter: "王建国" }, { title: "确定年度承诺事项" }],
    }),
    envelope,
  );
}

/**
 * Two past joint meetings with every unit's attendance (few principals in person, as the sources
 * report) and the decisions assigned to units, one of them overdue; and the next meeting, to come.
 */
export async function seedMeetings(services: Services, envelope: CommandEnvelope, today: string) {
  const { communityId } = GUANGMING;
  const meetings = [
    { meetingId: "jm-q1", title: "第一季度党建联席会议", date: addDays(today, -84), principalsEvery: 6 },
    { meetingId: "jm-q2", title: "第二季度党建联席会议", date: addDays(today, -21), principalsEvery: 4 },
  ];
  // At the signing, most principals came in person: it is the one meeting they do attend.
  await recordAttendance(services, envelope, SIGNING_MEETING, 2);
  for (const m of meetings) {
    await services.meetings.scheduleMeeting(
      ScheduleMeetingInput.parse({
        meetingId: m.meetingId,
        communityId,
        title: m.title,
        date: m.date,
        startTime: "09:00",
        place: "光明社区党群服务中心三楼会议室",
        agenda: [
          { title: "通报共驻共建协议履约情况", presenter: "王建国" },
          { title: "研究部署下阶段志愿服务工作" },
          { title: "议定需驻区单位协助解决的事项" },
        ],
      }),
      envelope,
    );
    await recordAttendance(services, envelope, m.meetingId, m.principalsEvery);
  }
  const decisions = [
    {
      meetingId: "jm-q1",
      decisionId: "q1-1",
      text: "驻区学校暑期向社区青少年开放运动场地",
      units: [0, 1],
      deadline: -60,
      done: -62,
    },
    { meetingId: "jm-q1", decisionId: "q1-2", text: "完成光明路沿线绿化补植", units: [6, 7], deadline: -10 },
    { meetingId: "jm-q2", decisionId: "q2-1", text: "为独居老人安装燃气报警器", units: [12], deadline: 30 },
    {
      meetingId: "jm-q2",
      decisionId: "q2-2",
      text: "组织一次消防安全疏散演练",
      units: [4, 16],
      deadline: 45,
    },
  ];
  for (const d of decisions) {
    await services.meetings.recordDecision(
      RecordDecisionInput.parse({
        meetingId: d.meetingId,
        decisionId: d.decisionId,
        text: d.text,
        assignedUnitIds: d.units.map(unitId),
        deadline: addDays(today, d.deadline),
      }),
      envelope,
    );
    if (d.done !== undefined) {
      await services.meetings.markDecisionDone(
        MarkDecisionDoneInput.parse({
          meetingId: d.meetingId,
          decisionId: d.decisionId,
          doneOn: addDays(today, d.done),
        }),
        envelope,
      );
    }
  }
  await services.meetings.scheduleMeeting(
    ScheduleMeetingInput.parse({
      meetingId: "jm-q3",
      communityId,
      title: "第三季度党建联席会议",
      date: addDays(today, 14),
      startTime: "09:00",
      place: "光明社区党群服务中心三楼会议室",
      agenda: [{ title: "年度评议工作安排" }, { title: "冬季困难群众帮扶" }],
    }),
    envelope,
  );
}
