import { describe, expect, it } from "vitest";
import { personDecider } from "../people/person-decider.ts";
import type { PersonEvent } from "../people/person-events.ts";
import type { PostEvent } from "../posts/events.ts";
import { fold } from "../shared/decider.ts";
import type { TeamEvent } from "../teams/events.ts";
import { yearEndRecord } from "./year-end-record.ts";

const personId = "p-wang";
const communityId = "guangming";

const history: PersonEvent[] = [
  {
    type: "PersonRegistered",
    data: {
      personId,
      communityId,
      name: "王建华",
      kind: "party_member",
      partyCategory: "in_service",
      employerUnitId: "cdc",
      skills: [],
    },
  },
  { type: "MemberReportedIn", data: { personId, communityId, reportedOn: "2025-02-10" } },
  {
    type: "MemberEvaluated",
    data: {
      personId,
      communityId,
      year: 2025,
      grade: "excellent",
      comment: "积极",
      evaluatedOn: "2025-12-20",
    },
  },
];
const person = fold(personDecider, history);
if (person.status !== "registered") throw new Error("fixture person must be registered");

const patrol: PostEvent[] = [
  {
    type: "PostOpened",
    data: {
      postId: "patrol",
      communityId,
      name: "治安巡逻岗",
      category: "security_patrol",
      places: 3,
      schedule: { kind: "period", from: "2024-01-01", to: "2026-12-31" },
      area: "一区",
      description: "",
    },
  },
  {
    type: "PlaceClaimed",
    data: { postId: "patrol", communityId, claimId: "c1", personId, claimedOn: "2024-11-01" },
  },
  ...(
    [
      ["d1", "2024-12-30", 2],
      ["d2", "2025-03-01", 1.5],
      ["d3", "2025-04-01", 1.33],
    ] as const
  ).map(
    ([dutyId, date, hours]): PostEvent => ({
      type: "DutyRecorded",
      data: {
        postId: "patrol",
        communityId,
        claimId: "c1",
        dutyId,
        personId,
        date,
        checkIn: "08:00",
        checkOut: "09:00",
        hours,
        note: "",
      },
    }),
  ),
];
const othersPost: PostEvent[] = [
  {
    ...patrol[0],
    data: {
      ...(patrol[0] as Extract<PostEvent, { type: "PostOpened" }>).data,
      postId: "elder",
      name: "关爱老弱岗",
    },
  } as PostEvent,
  {
    type: "PlaceClaimed",
    data: { postId: "elder", communityId, claimId: "c9", personId: "someone-else", claimedOn: "2025-01-01" },
  },
];

const team: TeamEvent[] = [
  {
    type: "TeamCreated",
    data: {
      teamId: "patrol-team",
      communityId,
      category: "joint_patrol",
      name: "义务联防队",
      description: "",
    },
  },
  {
    type: "MemberAdded",
    data: { teamId: "patrol-team", communityId, personId, skills: [], joinedOn: "2025-01-05" },
  },
  ...(
    [
      ["e1", "2025-05-01", 3, true],
      ["e2", "2025-06-01", 2.25, true],
      ["e3", "2025-06-02", 8, false],
    ] as const
  ).flatMap(([entryId, date, hours, approved]): TeamEvent[] => [
    {
      type: "ServiceHoursLogged",
      data: { teamId: "patrol-team", communityId, entryId, personId, date, hours, activity: "夜间巡逻" },
    },
    ...(approved
      ? [
          {
            type: "ServiceHoursApproved",
            data: { teamId: "patrol-team", communityId, entryId, personId, date, hours, approvedOn: date },
          } as TeamEvent,
        ]
      : []),
  ]),
];

describe("a member's year-end record (在职党员参与社区活动情况反馈表)", () => {
  it("given a year of posts, duties, approved hours and an evaluation, then the record sums that year only, exactly", () => {
    const record = yearEndRecord(person, [patrol, othersPost], [team], 2025);

    expect(record).toEqual({
      personId,
      name: "王建华",
      communityId,
      employerUnitId: "cdc",
      year: 2025,
      reportedOn: "2025-02-10",
      posts: [
        {
          postId: "patrol",
          name: "治安巡逻岗",
          claimedOn: "2024-11-01",
          released: false,
          duties: 2,
          hours: 2.83,
        },
      ],
      teams: [{ teamId: "patrol-team", name: "义务联防队", hours: 5.25 }],
      postHours: 2.83,
      volunteerHours: 5.25,
      totalHours: 8.08,
      evaluation: { grade: "excellent", comment: "积极", evaluatedOn: "2025-12-20" },
    });
  });

  it("given a year before anything happened, then the record is empty and unevaluated", () => {
    const record = yearEndRecord(person, [patrol], [team], 2023);
    expect([record.posts, record.teams, record.totalHours, record.evaluation]).toEqual([[], [], 0, null]);
  });
});
