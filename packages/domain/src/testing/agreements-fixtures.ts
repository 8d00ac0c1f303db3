// Test-only fixtures for the agreement specs: one school, one agreement, two commitments.
import type { z } from "zod";
import type {
  AmendAgreement,
  CorrectContribution,
  DisputeContribution,
  DraftAgreement,
  ExpireAgreement,
  LogContribution,
  SignAgreement,
  TerminateAgreement,
  VerifyContribution,
} from "../agreements/commands.ts";
import type {
  AgreementAmended,
  AgreementDrafted,
  AgreementExpired,
  AgreementSigned,
  AgreementTerminated,
  CommitmentFulfilled,
  CommitmentReopened,
  ContributionCorrected,
  ContributionDisputed,
  ContributionLogged,
  ContributionVerified,
} from "../agreements/events.ts";
import type { UnitState } from "../registry/decider.ts";

export const today = "2025-06-15";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
export const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

export const school: UnitState = {
  status: "registered",
  unit: {
    unitId: "school-1",
    communityId: "guangming",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};

export const draftData = (): DraftAgreement["data"] => ({
  agreementId: "a-2025-1",
  communityId: "guangming",
  unitId: "school-1",
  title: "2025年共驻共建协议书",
  termStart: "2025-01-01",
  termEnd: "2025-12-31",
  commitments: [
    {
      commitmentId: "trees",
      category: "environment",
      description: "植树",
      targetQuantity: 200,
      unitOfMeasure: "棵",
      dueDate: "2025-10-01",
    },
    {
      commitmentId: "rubbish",
      category: "environment",
      description: "清运垃圾",
      targetQuantity: 0.5,
      unitOfMeasure: "车",
      dueDate: "2025-12-31",
    },
  ],
});

export const draft = (overrides: Partial<DraftAgreement["data"]> = {}): DraftAgreement => ({
  type: "DraftAgreement",
  data: { ...draftData(), ...overrides },
});

export const sign = (overrides: Partial<SignAgreement["data"]> = {}): SignAgreement => ({
  type: "SignAgreement",
  data: {
    agreementId: "a-2025-1",
    signedOn: "2025-01-10",
    communitySignatory: "王书记",
    unitSignatory: "李校长",
    ...overrides,
  },
});

export const log = (overrides: Partial<LogContribution["data"]> = {}): LogContribution => ({
  type: "LogContribution",
  data: {
    agreementId: "a-2025-1",
    contributionId: "c-1",
    commitmentId: "trees",
    quantity: 20,
    date: "2025-03-12",
    participants: 15,
    note: "植树节",
    ...overrides,
  },
});

export const drafted = (): AgreementDrafted => ({ type: "AgreementDrafted", data: draftData() });

export const signed = (): AgreementSigned => ({
  type: "AgreementSigned",
  data: {
    agreementId: "a-2025-1",
    communityId: "guangming",
    unitId: "school-1",
    signedOn: "2025-01-10",
    communitySignatory: "王书记",
    unitSignatory: "李校长",
  },
});

export const logged = (overrides: Partial<ContributionLogged["data"]> = {}): ContributionLogged => ({
  type: "ContributionLogged",
  data: { ...log().data, communityId: "guangming", unitId: "school-1", ...overrides },
});

/** The parties' ids, which every event after the draft repeats. */
const parties = { communityId: "guangming", unitId: "school-1" } as const;

export const amend = (overrides: Partial<AmendAgreement["data"]> = {}): AmendAgreement => {
  const { communityId: _c, unitId: _u, ...content } = draftData();
  return {
    type: "AmendAgreement",
    data: {
      ...content,
      title: "2025年共驻共建协议书（修订）",
      // Fewer trees than drafted: the school found room for 150.
      commitments: content.commitments.map((c) =>
        c.commitmentId === "trees" ? { ...c, targetQuantity: 150 } : c,
      ),
      ...overrides,
    },
  };
};

export const amended = (overrides: Partial<AgreementAmended["data"]> = {}): AgreementAmended => ({
  type: "AgreementAmended",
  data: { ...amend().data, ...parties, ...overrides },
});

export const verify = (contributionId = "c-1"): VerifyContribution => ({
  type: "VerifyContribution",
  data: { agreementId: "a-2025-1", contributionId },
});

export const verified = (overrides: Partial<ContributionVerified["data"]> = {}): ContributionVerified => ({
  type: "ContributionVerified",
  data: {
    agreementId: "a-2025-1",
    ...parties,
    contributionId: "c-1",
    commitmentId: "trees",
    quantity: 20,
    verifiedOn: today,
    ...overrides,
  },
});

export const dispute = (overrides: Partial<DisputeContribution["data"]> = {}): DisputeContribution => ({
  type: "DisputeContribution",
  data: { agreementId: "a-2025-1", contributionId: "c-1", reason: "现场只看到10棵", ...overrides },
});

export const disputed = (overrides: Partial<ContributionDisputed["data"]> = {}): ContributionDisputed => ({
  type: "ContributionDisputed",
  data: {
    agreementId: "a-2025-1",
    ...parties,
    contributionId: "c-1",
    commitmentId: "trees",
    quantity: 20,
    previousVerification: "pending",
    reason: "现场只看到10棵",
    disputedOn: today,
    ...overrides,
  },
});

export const correct = (overrides: Partial<CorrectContribution["data"]> = {}): CorrectContribution => ({
  type: "CorrectContribution",
  data: {
    agreementId: "a-2025-1",
    contributionId: "c-1",
    quantity: 10,
    date: "2025-03-12",
    participants: 15,
    note: "植树节，实际10棵",
    reason: "数量登记错误",
    ...overrides,
  },
});

export const corrected = (overrides: Partial<ContributionCorrected["data"]> = {}): ContributionCorrected => ({
  type: "ContributionCorrected",
  data: {
    ...correct().data,
    ...parties,
    commitmentId: "trees",
    previousQuantity: 20,
    previousParticipants: 15,
    previousVerification: "pending",
    correctedOn: today,
    ...overrides,
  },
});

export const fulfilled = (overrides: Partial<CommitmentFulfilled["data"]> = {}): CommitmentFulfilled => ({
  type: "CommitmentFulfilled",
  data: {
    agreementId: "a-2025-1",
    ...parties,
    commitmentId: "trees",
    fulfilledOn: today,
    verifiedQuantity: 200,
    ...overrides,
  },
});

export const reopened = (overrides: Partial<CommitmentReopened["data"]> = {}): CommitmentReopened => ({
  type: "CommitmentReopened",
  data: {
    agreementId: "a-2025-1",
    ...parties,
    commitmentId: "trees",
    reopenedOn: today,
    verifiedQuantity: 0,
    contributionId: "c-1",
    reason: "现场只看到10棵",
    ...overrides,
  },
});

export const terminate = (overrides: Partial<TerminateAgreement["data"]> = {}): TerminateAgreement => ({
  type: "TerminateAgreement",
  data: { agreementId: "a-2025-1", terminatedOn: "2025-06-01", reason: "单位搬迁出社区", ...overrides },
});

export const terminated = (overrides: Partial<AgreementTerminated["data"]> = {}): AgreementTerminated => ({
  type: "AgreementTerminated",
  data: { ...terminate().data, ...parties, ...overrides },
});

export const expire = (): ExpireAgreement => ({ type: "ExpireAgreement", data: { agreementId: "a-2025-1" } });

export const expired = (): AgreementExpired => ({
  type: "AgreementExpired",
  data: { agreementId: "a-2025-1", ...parties, expiredOn: "2025-12-31" },
});

/** A signed agreement with the trees commitment logged to its full 200 and verified to 200: fulfilled. */
export const treesFulfilled = () => [
  drafted(),
  signed(),
  logged({ quantity: 200 }),
  verified({ quantity: 200 }),
  fulfilled(),
];
