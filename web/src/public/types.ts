/** The public API's answers (services/api/src/public/views.ts), as the pages read them. */
export interface PublicSummary {
  communityId: string;
  name: string;
  street: string;
  year: string;
  units: number;
  agreements: number;
  commitments: { total: number; fulfilled: number };
  decisions: { total: number; open: number };
  pledges: PublicRate;
}

export interface PublicRate {
  made: number;
  struckOff: number;
  rate: number | null;
}

export interface PublicAgreement {
  agreementId: string;
  unitName: string;
  title: string;
  status: "signed" | "expired" | "terminated";
  termStart: string;
  termEnd: string;
  commitments: {
    commitmentId: string;
    category: string;
    description: string;
    target: number;
    unitOfMeasure: string;
    dueDate: string;
    logged: number;
    verified: number;
    fulfilledOn: string | null;
  }[];
}

export interface PublicPledges {
  year: string;
  rate: PublicRate;
  pledges: {
    pledgeId: string;
    pledgerKind: "committee" | "member" | "cadre";
    pledgerLabel: string;
    unitName: string | null;
    content: string;
    category: string;
    madeTo: string;
    dueOn: string;
    status: string;
    closedOn: string | null;
  }[];
}

export interface PublicDecision {
  decisionId: string;
  text: string;
  meetingTitle: string;
  meetingDate: string;
  unitNames: string[];
  deadline: string;
  doneOn: string | null;
}

export interface PublicTotals {
  donations: number;
  goodsReceived: number;
  moneyReceived: number;
  handouts: number;
  goodsHandedOut: number;
}

export interface PublicSupermarket {
  month: string;
  thisMonth: PublicTotals;
  years: (PublicTotals & { year: string })[];
  recentDonations: {
    receiptNo: string;
    receivedOn: string;
    donorKind: "unit" | "person" | "anonymous";
    donorName: string | null;
    goods: { item: string; quantity: number; unitOfMeasure: string }[];
    money: number | null;
  }[];
}

/** The sections of the site, in the order of its tabs. */
export const publicSections = ["agreements", "pledges", "decisions", "supermarket"] as const;
export type PublicSection = (typeof publicSections)[number];
