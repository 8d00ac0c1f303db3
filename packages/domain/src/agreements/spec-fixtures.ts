// Test-only fixtures for the agreement specs: one school, one agreement, two commitments.
import type { UnitState } from "../registry/decider.ts";
import type { DraftAgreement, LogContribution, SignAgreement } from "./commands.ts";
import type { AgreementDrafted, AgreementSigned, ContributionLogged } from "./events.ts";

export const today = "2025-06-15";

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
