// Test-only fixtures for the street board specs: Guangming and Xingfu of Dongfeng Road street, with
// meetings, teams, posts and the supermarket, folded through every board the street rolls up.
import type {
  AgreementEvent,
  MeetingEvent,
  PostEvent,
  RegistryEvent,
  SupermarketEvent,
  TeamEvent,
  UnitRegistered,
} from "@cobuild/domain";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { communityBoardProjection } from "../community/projection.ts";
import { directoryBoardProjection } from "../directory/projection.ts";
import { foldBoards, projectEvent } from "../fold.ts";
import { postsBoardProjection } from "../posts/projection.ts";
import type { BoardProjection } from "../projection.ts";
import type { StreetBoard } from "../street/board.ts";
import { streetBoardProjection } from "../street/projection.ts";
import { supermarketBoardProjection } from "../supermarket/projection.ts";
import { community, drafted, type Fact, school, signed, stored } from "./community-fixtures.ts";

export type StreetFact = Fact | PostEvent | SupermarketEvent;

export const projections = [
  catalogueBoardProjection,
  directoryBoardProjection,
  communityBoardProjection,
  postsBoardProjection,
  supermarketBoardProjection,
  streetBoardProjection,
] as readonly BoardProjection[];

export const street: RegistryEvent = {
  type: "StreetRegistered",
  data: { streetId: "dongfeng", name: "东风路街道" },
};
export const xingfu: RegistryEvent = {
  type: "CommunityRegistered",
  data: { communityId: "xf", streetId: "dongfeng", name: "幸福社区", street: "东风路街道" },
};
export const xfUnit: UnitRegistered = {
  ...school,
  data: { ...school.data, communityId: "xf", name: "幸福中学" },
};
/** The same fact, in Xingfu community. */
export const inXingfu = (fact: AgreementEvent): AgreementEvent =>
  ({ ...fact, data: { ...fact.data, communityId: "xf" } }) as AgreementEvent;
export const xfFacts: Fact[] = [xingfu, xfUnit, inXingfu(drafted), inXingfu(signed)];

export const meeting: MeetingEvent = {
  type: "MeetingScheduled",
  data: {
    meetingId: "m1",
    communityId: "gm",
    title: "联席会议",
    date: "2025-07-10",
    place: "党群服务中心",
    agenda: [{ title: "议协议" }],
  },
};
export const decision = (decisionId: string, deadline: string): MeetingEvent => ({
  type: "DecisionRecorded",
  data: {
    meetingId: "m1",
    communityId: "gm",
    decisionId,
    text: "清理楼道",
    assignedUnitIds: ["school-1"],
    deadline,
  },
});
export const decisionDone: MeetingEvent = {
  type: "DecisionDone",
  data: {
    meetingId: "m1",
    communityId: "gm",
    decisionId: "d2",
    assignedUnitIds: ["school-1"],
    doneOn: "2025-07-20",
    note: "",
  },
};
export const attended: MeetingEvent = {
  type: "AttendanceRecorded",
  data: {
    meetingId: "m1",
    communityId: "gm",
    unitId: "school-1",
    attendance: "principal",
    note: "",
    corrects: false,
  },
};
export const team = { teamId: "t-patrol", communityId: "gm" };
export const teamFacts: TeamEvent[] = [
  { type: "TeamCreated", data: { ...team, category: "joint_patrol", name: "义务联防队", description: "" } },
  {
    type: "TeamCreated",
    data: { ...team, teamId: "t-care", category: "home_elder_care", name: "居家养老队", description: "" },
  },
  {
    type: "ServiceHoursApproved",
    data: {
      ...team,
      entryId: "e1",
      personId: "p1",
      date: "2025-11-03",
      hours: 1.1,
      approvedOn: "2025-11-04",
    },
  },
  {
    type: "ServiceHoursApproved",
    data: {
      ...team,
      teamId: "t-care",
      entryId: "e2",
      personId: "p2",
      date: "2025-11-05",
      hours: 2.2,
      approvedOn: "2025-11-06",
    },
  },
];
export const post = (postId: string, places: number): PostEvent => ({
  type: "PostOpened",
  data: {
    postId,
    communityId: "gm",
    name: "治安巡逻岗",
    category: "security_patrol",
    places,
    schedule: { kind: "period", from: "2025-06-01", to: "2025-08-31" },
    area: "一区",
    description: "",
  },
});
export const claim = (postId: string, claimId: string): PostEvent => ({
  type: "PlaceClaimed",
  data: { postId, communityId: "gm", claimId, personId: `p-${claimId}`, claimedOn: "2025-06-02" },
});
export const closed: PostEvent = {
  type: "PostClosed",
  data: { postId: "p2", communityId: "gm", closedOn: "2025-06-03", reason: "" },
};
export const rice: SupermarketEvent = {
  type: "ItemAdded",
  data: {
    communityId: "gm",
    itemId: "rice",
    name: "大米",
    category: "grain_oil",
    unitOfMeasure: "袋",
    minimumStock: 5,
  },
};
export const donated = (donationId: string, receivedOn: string): SupermarketEvent => ({
  type: "DonationReceived",
  data: {
    communityId: "gm",
    donationId,
    receiptNo: `2025-0000${donationId.slice(-1)}`,
    receivedOn,
    donor: { kind: "anonymous" },
    lines: [{ itemId: "rice", quantity: 10 }],
    note: "",
  },
});
/** The void of `donated(donationId, receivedOn)`'s receipt. */
export const voided = (donationId: string, receivedOn: string): SupermarketEvent => {
  const received = donated(donationId, receivedOn);
  if (received.type !== "DonationReceived") throw new Error("unreachable");
  const { note: _, ...receipt } = received.data;
  return {
    type: "ReceiptVoided",
    data: { ...receipt, reason: "重复登记", voidedOn: "2025-06-03", voidedBy: "王店长" },
  };
};
export const handedOut: SupermarketEvent = {
  type: "GoodsHandedOut",
  data: {
    communityId: "gm",
    handoutId: "h1",
    residentId: "r1",
    handedOutOn: "2025-06-02",
    lines: [{ itemId: "rice", quantity: 1 }],
  },
};

export const boardsAfter = (...facts: StreetFact[]) => foldBoards(projections, facts.map(stored));
export const streetAfter = (...facts: StreetFact[]): StreetBoard => {
  const board = boardsAfter(...facts).get("street:dongfeng")?.data as StreetBoard | undefined;
  if (!board) throw new Error("no street board was written");
  return board;
};
/** The ops one more fact gives on the street board, on top of the given facts. */
export const streetOpsOf = (given: StreetFact[], when: StreetFact) =>
  projectEvent(projections, stored(when), boardsAfter(...given))
    .filter((delta) => delta.boardId === "street:dongfeng")
    .flatMap((delta) => delta.ops);

export const gmSigned: StreetFact[] = [street, community, school, drafted, signed];
