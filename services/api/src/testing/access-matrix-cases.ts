// Test-only: one valid request per command, prepared by the system in a fresh world.
import { type Role, type SupermarketEvent, supermarketStream } from "@cobuild/domain";
import { envelope, type World } from "./access-matrix-world.ts";
import { appendFacts } from "./facts.ts";
import type { TestApi } from "./test-api.ts";
import { TEST_STREET } from "./test-api.ts";

export interface Attempt {
  method: "post" | "put";
  path: string;
  body: unknown;
}

export interface MatrixCase {
  command: string;
  /** Who may, as the issue and the field describe it; everyone else is refused. */
  allowed: readonly Role[];
  /**
   * The refusal everyone else gets: 403, or 404 where the target is something they may not even see (an
   * account they do not administer answers exactly as a missing one).
   */
  refusedWith?: 403 | 404;
  prepare(world: World, api: TestApi): Promise<Attempt>;
}

const SA = "street_admin";
const CS = "community_staff";
const UL = "unit_liaison";
const TL = "team_leader";
const ME = "member";
const SK = "supermarket_keeper";
const STAFF = [SA, CS] as const;

const TODAY = "2025-06-15";
const post = (path: string, body: unknown = {}): Attempt => ({ method: "post", path: `/api${path}`, body });

const commitments = [
  {
    commitmentId: "trees",
    category: "environment",
    description: "植树",
    targetQuantity: 200,
    unitOfMeasure: "棵",
    dueDate: "2025-10-01",
  },
];

async function draft(w: World, api: TestApi, term = { termStart: "2025-01-01", termEnd: "2025-12-31" }) {
  const agreementId = w.fresh("a");
  const dueDate = term.termEnd;
  await api.services.agreements.draftAgreement(
    {
      agreementId,
      communityId: w.communityId,
      unitId: w.unitId,
      title: "协议",
      ...term,
      commitments: commitments.map((c) => ({ ...c, category: "environment" as const, dueDate })),
    },
    envelope,
  );
  return agreementId;
}

async function signed(w: World, api: TestApi, term?: { termStart: string; termEnd: string }) {
  const agreementId = await draft(w, api, term);
  const signedOn = term ? term.termStart : "2025-01-10";
  await api.services.agreements.signAgreement(
    { agreementId, signedOn, communitySignatory: "王书记", unitSignatory: "李校长" },
    envelope,
  );
  return agreementId;
}

async function logged(w: World, api: TestApi) {
  const agreementId = await signed(w, api);
  const contributionId = w.fresh("c");
  await api.services.agreements.logContribution(
    {
      agreementId,
      contributionId,
      commitmentId: "trees",
      quantity: 5,
      date: "2025-03-01",
      participants: 3,
      note: "",
    },
    envelope,
  );
  return { agreementId, contributionId };
}

async function resident(w: World, api: TestApi, approved: boolean) {
  const residentId = w.fresh("r");
  await api.services.people.registerResident(
    {
      residentId,
      communityId: w.communityId,
      name: "赵大爷",
      category: "elderly_alone",
      householdSize: 1,
      note: "",
    },
    envelope,
  );
  if (approved) await api.services.people.approveResident({ residentId, approvedOn: TODAY }, envelope);
  return residentId;
}

async function account(w: World, api: TestApi) {
  const username = w.fresh("acct");
  await api.services.accounts.createAccount(
    {
      username,
      displayName: "x",
      password: "matrix-password-1",
      grants: [{ role: "unit_liaison", unitId: w.unitId }],
    },
    envelope,
  );
  return username;
}

async function meeting(w: World, api: TestApi, date: string) {
  const meetingId = w.fresh("m");
  await api.services.meetings.scheduleMeeting(
    {
      meetingId,
      communityId: w.communityId,
      title: "联席会议",
      date,
      place: "会议室",
      agenda: [{ title: "议程" }],
    },
    envelope,
  );
  return meetingId;
}

async function openPost(w: World, api: TestApi) {
  const postId = w.fresh("post");
  await api.services.posts.openPost(
    {
      postId,
      communityId: w.communityId,
      name: "治安巡逻岗",
      category: "security_patrol",
      places: 3,
      schedule: { kind: "period", from: "2025-06-01", to: "2025-08-31" },
      area: "一区",
      description: "",
    },
    envelope,
  );
  return postId;
}

async function claimed(w: World, api: TestApi) {
  const postId = await openPost(w, api);
  const claimId = w.fresh("claim");
  await api.services.posts.claimPlace({ postId, claimId, personId: w.personId, teamId: w.teamId }, envelope);
  return { postId, claimId };
}

async function stocked(w: World, api: TestApi) {
  const itemId = w.fresh("item");
  const { communityId } = w;
  await api.services.supermarket.addItem(
    { communityId, itemId, name: "大米", category: "grain_oil", unitOfMeasure: "袋", minimumStock: 1 },
    envelope,
  );
  await api.services.supermarket.recordDonation(
    {
      communityId,
      donationId: w.fresh("d"),
      receivedOn: TODAY,
      donor: { kind: "anonymous" },
      lines: [{ itemId, quantity: 10 }],
      note: "",
    },
    envelope,
  );
  return itemId;
}

/** A donation the world's unit's liaison announced, waiting for the keeper: its id. */
async function announced(w: World, api: TestApi) {
  const itemId = await stocked(w, api);
  const donationId = w.fresh("d");
  const event: SupermarketEvent = {
    type: "DonationAnnounced",
    data: {
      communityId: w.communityId,
      donationId,
      givenOn: TODAY,
      donor: { kind: "unit", unitId: w.unitId },
      lines: [{ itemId, quantity: 2 }],
      note: "",
    },
  };
  // Written as the liaison's request would have: the services run as the system, which takes donations in.
  await appendFacts(api.store, supermarketStream(w.communityId), [event]);
  return donationId;
}

async function newPerson(w: World, api: TestApi) {
  const personId = w.fresh("p");
  await api.services.people.registerPerson(
    { personId, communityId: w.communityId, name: "志愿者", kind: "resident_volunteer", skills: [] },
    envelope,
  );
  return personId;
}

async function hoursEntry(w: World, api: TestApi) {
  const entryId = w.fresh("e");
  await api.services.teams.logHours(
    { teamId: w.teamId, entryId, personId: w.personId, date: TODAY, hours: 2, activity: "巡逻" },
    envelope,
  );
  return entryId;
}

/** A pledge made by the world's member; with a fulfilment recorded when `fulfilled`. */
async function pledged(w: World, api: TestApi, fulfilled: boolean) {
  const pledgeId = w.fresh("pledge");
  await api.services.pledges.makePledge(
    {
      pledgeId,
      communityId: w.communityId,
      pledger: { kind: "member", personId: w.personId },
      content: "每月为独居老人理发",
      category: "elderly",
      madeTo: "residents",
      dueOn: "2025-12-31",
      madeOn: "2025-01-10",
    },
    envelope,
  );
  const fulfilmentId = w.fresh("f");
  if (fulfilled) {
    await api.services.pledges.recordFulfilment(
      { pledgeId, fulfilmentId, doneOn: TODAY, evidence: "已理发六次" },
      envelope,
    );
  }
  return { pledgeId, fulfilmentId };
}

const supermarket = (w: World) => `/communities/${w.communityId}/supermarket`;

export const matrixCases: MatrixCase[] = [
  // Registry and people
  {
    command: "RegisterCommunity",
    allowed: [SA],
    prepare: async (w) =>
      post("/communities", { communityId: w.fresh("c"), streetId: TEST_STREET, name: "新社区" }),
  },
  {
    command: "RegisterUnit",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/units`, {
        unitId: w.fresh("u"),
        name: "新单位",
        kind: "school",
        partyOrganisation: "党支部",
        inServiceMembers: 1,
      }),
  },
  {
    command: "RegisterPerson",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/people`, {
        personId: w.fresh("p"),
        name: "新人",
        kind: "resident_volunteer",
      }),
  },
  {
    command: "ReportIn",
    allowed: [...STAFF, ME],
    prepare: async (w) => post(`/people/${w.personId}/report-in`, { reportedOn: TODAY }),
  },
  {
    command: "EvaluateMember",
    allowed: STAFF,
    prepare: async (w) => post(`/people/${w.personId}/evaluations`, { year: 2025, grade: "good" }),
  },
  {
    command: "RegisterResidentInNeed",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/residents`, {
        residentId: w.fresh("r"),
        name: "钱奶奶",
        category: "disabled",
        householdSize: 2,
      }),
  },
  {
    command: "ApproveResident",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/residents/${await resident(w, api, false)}/approval`, { approvedOn: TODAY }),
  },
  {
    command: "RevokeResidentApproval",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/residents/${await resident(w, api, true)}/approval/revoke`, {
        revokedOn: TODAY,
        reason: "迁出",
      }),
  },
  // Accounts
  {
    command: "CreateAccount",
    allowed: STAFF,
    prepare: async (w) =>
      post("/accounts", {
        username: w.fresh("new"),
        displayName: "新联络员",
        password: "matrix-password-1",
        grants: [{ role: "unit_liaison", unitId: w.unitId }],
      }),
  },
  {
    command: "GrantRole",
    allowed: STAFF,
    refusedWith: 404,
    prepare: async (w, api) =>
      post(`/accounts/${await account(w, api)}/grants`, {
        grant: { role: "supermarket_keeper", communityId: w.communityId },
      }),
  },
  {
    command: "RevokeRole",
    allowed: STAFF,
    refusedWith: 404,
    prepare: async (w, api) =>
      post(`/accounts/${await account(w, api)}/grants/revoke`, {
        grant: { role: "unit_liaison", unitId: w.unitId },
      }),
  },
  {
    command: "ResetPassword",
    allowed: STAFF,
    refusedWith: 404,
    prepare: async (w, api) => ({
      method: "put",
      path: `/api/accounts/${await account(w, api)}/password`,
      body: { newPassword: "another-password-2" },
    }),
  },
  // Agreements
  {
    command: "DraftAgreement",
    allowed: STAFF,
    prepare: async (w) =>
      post("/agreements", {
        agreementId: w.fresh("a"),
        communityId: w.communityId,
        unitId: w.unitId,
        title: "协议",
        termStart: "2025-01-01",
        termEnd: "2025-12-31",
        commitments,
      }),
  },
  {
    command: "AmendAgreement",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/agreements/${await draft(w, api)}/amendment`, {
        title: "修订",
        termStart: "2025-01-01",
        termEnd: "2025-12-31",
        commitments,
      }),
  },
  {
    command: "SignAgreement",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/agreements/${await draft(w, api)}/signature`, {
        signedOn: "2025-01-10",
        communitySignatory: "王书记",
        unitSignatory: "李校长",
      }),
  },
  {
    command: "LogContribution",
    allowed: [...STAFF, UL],
    prepare: async (w, api) =>
      post(`/agreements/${await signed(w, api)}/contributions`, {
        commitmentId: "trees",
        quantity: 3,
        date: TODAY,
      }),
  },
  {
    command: "CorrectContribution",
    allowed: [...STAFF, UL],
    prepare: async (w, api) => {
      const { agreementId, contributionId } = await logged(w, api);
      return post(`/agreements/${agreementId}/contributions/${contributionId}/correction`, {
        quantity: 4,
        date: "2025-03-01",
        participants: 3,
        note: "",
        reason: "少记一棵",
      });
    },
  },
  {
    command: "VerifyContribution",
    allowed: STAFF,
    prepare: async (w, api) => {
      const { agreementId, contributionId } = await logged(w, api);
      return post(`/agreements/${agreementId}/contributions/${contributionId}/verification`);
    },
  },
  {
    command: "DisputeContribution",
    allowed: STAFF,
    prepare: async (w, api) => {
      const { agreementId, contributionId } = await logged(w, api);
      return post(`/agreements/${agreementId}/contributions/${contributionId}/dispute`, {
        reason: "数量存疑",
      });
    },
  },
  {
    command: "TerminateAgreement",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/agreements/${await signed(w, api)}/termination`, { terminatedOn: TODAY, reason: "单位迁出" }),
  },
  {
    command: "ExpireAgreement",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/agreements/${await signed(w, api, { termStart: "2024-06-01", termEnd: "2025-05-31" })}/expiry`),
  },
  // Evaluations
  {
    command: "RecordStreetEvaluationScore",
    allowed: [SA],
    prepare: async (w) =>
      post(`/units/${w.unitId}/evaluations/2025/scores`, { evaluator: "street", score: 90 }),
  },
  {
    command: "RecordEvaluationScore",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/units/${w.unitId}/evaluations/2025/scores`, { evaluator: "residents", score: 90 }),
  },
  {
    command: "ConcludeEvaluation",
    allowed: [SA],
    prepare: async (w, api) => {
      for (const evaluator of ["street", "community", "residents"] as const) {
        await api.services.evaluations.recordScore(
          { unitId: w.unitId, year: 2025, evaluator, score: 80, comment: "" },
          envelope,
        );
      }
      return post(`/units/${w.unitId}/evaluations/2025/conclusion`);
    },
  },
  // Joint meetings
  {
    command: "ScheduleMeeting",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/meetings`, {
        meetingId: w.fresh("m"),
        title: "第三季度联席会议",
        date: "2025-07-01",
        place: "党群服务中心",
        agenda: [{ title: "通报协议进展" }],
      }),
  },
  {
    command: "RescheduleMeeting",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/meetings/${await meeting(w, api, "2025-07-01")}/reschedule`, {
        date: "2025-07-08",
        place: "会议室",
      }),
  },
  {
    command: "CancelMeeting",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/meetings/${await meeting(w, api, "2025-07-01")}/cancellation`, { reason: "改期" }),
  },
  {
    command: "RecordAttendance",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/meetings/${await meeting(w, api, "2025-06-01")}/attendance`, {
        unitId: w.unitId,
        attendance: "principal",
        attendeeName: "李校长",
      }),
  },
  {
    command: "RecordDecision",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/meetings/${await meeting(w, api, "2025-06-01")}/decisions`, {
        decisionId: w.fresh("d"),
        text: "开放操场",
        assignedUnitIds: [w.unitId],
        deadline: "2025-08-01",
      }),
  },
  {
    command: "MarkDecisionDone",
    allowed: STAFF,
    prepare: async (w, api) => {
      const meetingId = await meeting(w, api, "2025-06-01");
      const decisionId = w.fresh("d");
      await api.services.meetings.recordDecision(
        { meetingId, decisionId, text: "开放操场", assignedUnitIds: [w.unitId], deadline: "2025-08-01" },
        envelope,
      );
      return post(`/meetings/${meetingId}/decisions/${decisionId}/done`, { doneOn: TODAY });
    },
  },
  // Volunteer teams
  {
    command: "CreateTeam",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/teams`, {
        teamId: w.fresh("t"),
        category: "mediation",
        name: "调解队",
      }),
  },
  {
    command: "AppointLeader",
    allowed: STAFF,
    prepare: async (w, api) => post(`/teams/${w.teamId}/leader`, { personId: await newPerson(w, api) }),
  },
  {
    command: "AddMember",
    allowed: [...STAFF, TL],
    prepare: async (w, api) => post(`/teams/${w.teamId}/members`, { personId: await newPerson(w, api) }),
  },
  {
    command: "RemoveMember",
    allowed: [...STAFF, TL],
    prepare: async (w, api) => {
      const personId = await newPerson(w, api);
      await api.services.teams.addMember({ teamId: w.teamId, personId, skills: [] }, envelope);
      return post(`/teams/${w.teamId}/members/${personId}/removal`);
    },
  },
  {
    command: "LogServiceHours",
    allowed: [...STAFF, TL],
    prepare: async (w) =>
      post(`/teams/${w.teamId}/hours`, {
        entryId: w.fresh("e"),
        personId: w.personId,
        date: TODAY,
        hours: 2,
        activity: "巡逻",
      }),
  },
  {
    command: "ApproveServiceHours",
    allowed: STAFF,
    prepare: async (w, api) => post(`/teams/${w.teamId}/hours/${await hoursEntry(w, api)}/approval`),
  },
  {
    command: "RejectServiceHours",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/teams/${w.teamId}/hours/${await hoursEntry(w, api)}/rejection`, { reason: "重复登记" }),
  },
  // Service posts
  {
    command: "OpenPost",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/posts`, {
        postId: w.fresh("post"),
        name: "矛盾调解岗",
        category: "dispute_mediation",
        places: 2,
        schedule: { kind: "period", from: "2025-06-01", to: "2025-12-31" },
        area: "调解室",
      }),
  },
  {
    command: "ClosePost",
    allowed: STAFF,
    prepare: async (w, api) => post(`/posts/${await openPost(w, api)}/closure`, { closedOn: TODAY }),
  },
  {
    command: "ClaimPlace (a leader for a member of the team)",
    allowed: [...STAFF, TL],
    prepare: async (w, api) =>
      post(`/posts/${await openPost(w, api)}/claims`, { personId: w.personId, teamId: w.teamId }),
  },
  {
    command: "ClaimPlace (a member for themself)",
    allowed: [...STAFF, ME],
    prepare: async (w, api) => {
      await api.services.people.reportIn({ personId: w.personId, reportedOn: TODAY }, envelope);
      return post(`/posts/${await openPost(w, api)}/claims`, { personId: w.personId });
    },
  },
  {
    command: "ReleaseClaim",
    allowed: [...STAFF, TL, ME],
    prepare: async (w, api) => {
      const { postId, claimId } = await claimed(w, api);
      return post(`/posts/${postId}/claims/${claimId}/release`);
    },
  },
  {
    command: "RecordDuty",
    allowed: [...STAFF, TL, ME],
    prepare: async (w, api) => {
      const { postId, claimId } = await claimed(w, api);
      return post(`/posts/${postId}/claims/${claimId}/duties`, {
        dutyId: w.fresh("duty"),
        date: TODAY,
        checkIn: "08:00",
        checkOut: "10:00",
      });
    },
  },
  // Pledges
  {
    command: "MakePledge (a member for themself)",
    allowed: [...STAFF, ME],
    prepare: async (w) =>
      post(`/communities/${w.communityId}/pledges`, {
        pledgeId: w.fresh("pledge"),
        communityId: w.communityId,
        pledger: { kind: "member", personId: w.personId },
        content: "每月为独居老人理发",
        category: "elderly",
        madeTo: "residents",
        dueOn: "2025-12-31",
      }),
  },
  {
    command: "MakePledge (the two committees)",
    allowed: STAFF,
    prepare: async (w) =>
      post(`/communities/${w.communityId}/pledges`, {
        pledgeId: w.fresh("pledge"),
        communityId: w.communityId,
        pledger: { kind: "committee" },
        content: "年内完成老旧小区环境整治",
        category: "environment",
        madeTo: "residents",
        dueOn: "2025-12-31",
      }),
  },
  {
    command: "RecordFulfilment (of the member's own pledge)",
    allowed: [...STAFF, ME],
    prepare: async (w, api) => {
      const { pledgeId } = await pledged(w, api, false);
      return post(`/pledges/${pledgeId}/fulfilments`, {
        fulfilmentId: w.fresh("f"),
        evidence: "已理发六次，附签到表",
      });
    },
  },
  {
    command: "RejectFulfilment",
    allowed: STAFF,
    prepare: async (w, api) => {
      const { pledgeId, fulfilmentId } = await pledged(w, api, true);
      return post(`/pledges/${pledgeId}/fulfilments/${fulfilmentId}/rejection`, { reason: "缺少签到表" });
    },
  },
  {
    command: "StrikeOffPledge",
    allowed: STAFF,
    prepare: async (w, api) => post(`/pledges/${(await pledged(w, api, true)).pledgeId}/strike-off`),
  },
  {
    command: "WithdrawPledge",
    allowed: STAFF,
    prepare: async (w, api) =>
      post(`/pledges/${(await pledged(w, api, false)).pledgeId}/withdrawal`, { reason: "重复登记" }),
  },
  // Love supermarket
  {
    command: "AddItem",
    allowed: [...STAFF, SK],
    prepare: async (w) =>
      post(`${supermarket(w)}/items`, {
        itemId: w.fresh("item"),
        name: "棉衣",
        category: "clothing",
        unitOfMeasure: "件",
        minimumStock: 5,
      }),
  },
  {
    command: "ChangeMinimumStock",
    allowed: [...STAFF, SK],
    prepare: async (w, api) =>
      post(`${supermarket(w)}/items/${await stocked(w, api)}/minimum-stock`, { minimumStock: 3 }),
  },
  {
    command: "SetMonthlyLimit",
    allowed: STAFF,
    prepare: async (w) => ({
      method: "put",
      path: `/api${supermarket(w)}/monthly-limit`,
      body: { limit: 10 },
    }),
  },
  {
    command: "RecordDonation (from the world's unit)",
    allowed: [...STAFF, SK, UL],
    prepare: async (w, api) =>
      post(`${supermarket(w)}/donations`, {
        receivedOn: TODAY,
        donor: { kind: "unit", unitId: w.unitId },
        lines: [{ itemId: await stocked(w, api), quantity: 2 }],
      }),
  },
  {
    command: "AcceptDonation (a unit's announced donation)",
    allowed: [...STAFF, SK],
    prepare: async (w, api) => post(`${supermarket(w)}/donations/${await announced(w, api)}/acceptance`),
  },
  {
    command: "DeclineDonation (a unit's announced donation)",
    allowed: [...STAFF, SK],
    prepare: async (w, api) =>
      post(`${supermarket(w)}/donations/${await announced(w, api)}/decline`, { reason: "没有收到" }),
  },
  {
    command: "VoidReceipt",
    allowed: [...STAFF, SK],
    // The world's first receipt: the 10 bags stocked() takes in.
    prepare: async (w, api) => {
      await stocked(w, api);
      return post(`${supermarket(w)}/receipts/2025-00001/void`, { reason: "重复登记" });
    },
  },
  {
    command: "HandOut",
    allowed: [...STAFF, SK],
    prepare: async (w, api) =>
      post(`${supermarket(w)}/handouts`, {
        residentId: await resident(w, api, true),
        handedOutOn: TODAY,
        lines: [{ itemId: await stocked(w, api), quantity: 1 }],
      }),
  },
  {
    command: "AdjustStock",
    allowed: [...STAFF, SK],
    prepare: async (w, api) =>
      post(`${supermarket(w)}/adjustments`, {
        itemId: await stocked(w, api),
        reason: "damage",
        quantity: 1,
        note: "受潮",
      }),
  },
];
