import {
  type BoardAgreement,
  type BoardPledge,
  type CommunityBoard,
  own,
  type PledgesBoard,
  type PledgeTally,
  type SupermarketBoard,
  type SupermarketDay,
} from "@cobuild/boards";

/**
 * What the public disclosure site (公开栏) shows, each field copied by name from a board: nothing is
 * passed through, so a field added to a board later stays private until someone adds it here. No person
 * is named except a street cadre (named on the pledge by design), a member masked to the family name
 * ("张*"), and donors who gave their name; never a resident in need, a hand-out's recipient, a note or
 * a fulfilment's evidence (free text that may name the people helped).
 */

/** Lists are cut to this many, newest first: a cheap phone loads a small page. */
export const PUBLIC_LIST_LIMIT = 50;

const rate = ({ made, struckOff }: PledgeTally) => ({
  made,
  struckOff,
  rate: made === 0 ? null : Math.round((struckOff / made) * 1000) / 1000,
});

const publicAgreementStatuses = new Set<BoardAgreement["status"]>(["signed", "expired", "terminated"]);
const publicAgreements = (board: CommunityBoard) =>
  Object.values(board.agreements).filter((a) => publicAgreementStatuses.has(a.status));

export function communitySummary(community: CommunityBoard, pledges: PledgesBoard | undefined, year: string) {
  const commitments = publicAgreements(community).flatMap((a) => Object.values(a.commitments));
  const decisions = Object.values(community.decisions);
  const pledgeYear = pledges ? own(pledges.years, year) : undefined;
  return {
    communityId: community.communityId,
    name: community.name,
    street: community.street,
    year,
    units: Object.keys(community.units).length,
    agreements: publicAgreements(community).filter((a) => a.status === "signed").length,
    commitments: {
      total: commitments.length,
      fulfilled: commitments.filter((c) => c.fulfilledOn !== null).length,
    },
    decisions: { total: decisions.length, open: decisions.filter((d) => d.doneOn === null).length },
    pledges: rate(pledgeYear?.total ?? { made: 0, struckOff: 0 }),
  };
}

export function publicAgreementList(community: CommunityBoard) {
  return publicAgreements(community)
    .sort((a, b) => b.termStart.localeCompare(a.termStart) || a.agreementId.localeCompare(b.agreementId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((a) => ({
      agreementId: a.agreementId,
      unitName: own(community.units, a.unitId)?.name ?? "",
      title: a.title,
      status: a.status,
      termStart: a.termStart,
      termEnd: a.termEnd,
      signedOn: a.signedOn,
      commitments: Object.values(a.commitments)
        .sort((x, y) => x.dueDate.localeCompare(y.dueDate))
        .map((c) => ({
          commitmentId: c.commitmentId,
          category: c.category,
          description: c.description,
          target: c.targetQuantity,
          unitOfMeasure: c.unitOfMeasure,
          dueDate: c.dueDate,
          logged: c.logged,
          verified: c.verified,
          fulfilledOn: c.fulfilledOn,
        })),
    }));
}

/** A member's name shows only its first character ("张*"); the committee and a cadre are shown as given. */
const pledgerLabel = (pledge: BoardPledge): string => {
  if (pledge.pledger.kind === "committee") return "社区两委";
  const name = pledge.pledgerName ?? "";
  if (pledge.pledger.kind === "cadre") return name;
  return `${Array.from(name)[0] ?? ""}*`;
};

export function publicPledgeList(board: PledgesBoard, year: string) {
  const pledges = Object.values(board.pledges)
    .filter((p) => p.status !== "withdrawn")
    .sort((a, b) => b.madeOn.localeCompare(a.madeOn) || a.pledgeId.localeCompare(b.pledgeId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((p) => ({
      pledgeId: p.pledgeId,
      pledgerKind: p.pledger.kind,
      pledgerLabel: pledgerLabel(p),
      unitName: p.pledger.kind === "member" ? p.unitName : null,
      content: p.content,
      category: p.category,
      madeTo: p.madeTo,
      madeOn: p.madeOn,
      dueOn: p.dueOn,
      status: p.status,
      fulfilledOn: p.fulfilment?.doneOn ?? null,
      closedOn: p.closedOn,
    }));
  return { year, rate: rate(own(board.years, year)?.total ?? { made: 0, struckOff: 0 }), pledges };
}

export function publicDecisionList(community: CommunityBoard) {
  return Object.values(community.decisions)
    .sort((a, b) => b.deadline.localeCompare(a.deadline) || a.decisionId.localeCompare(b.decisionId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((d) => {
      const meeting = own(community.meetings, d.meetingId);
      return {
        decisionId: d.decisionId,
        text: d.text,
        meetingTitle: meeting?.title ?? "",
        meetingDate: meeting?.date ?? "",
        unitNames: d.assignedUnitIds.map((id) => own(community.units, id)?.name ?? ""),
        deadline: d.deadline,
        doneOn: d.doneOn,
      };
    });
}

const totals = (day: SupermarketDay) => ({
  donations: day.donations,
  goodsReceived: day.intake,
  moneyReceived: day.money,
  handouts: day.handouts,
  goodsHandedOut: day.handedOut,
});

const sumDays = (days: SupermarketDay[]): SupermarketDay =>
  days.reduce(
    (sum, d) => ({
      donations: sum.donations + d.donations,
      intake: Math.round((sum.intake + d.intake) * 100) / 100,
      money: Math.round((sum.money + d.money) * 100) / 100,
      handouts: sum.handouts + d.handouts,
      handedOut: Math.round((sum.handedOut + d.handedOut) * 100) / 100,
    }),
    { donations: 0, intake: 0, money: 0, handouts: 0, handedOut: 0 },
  );

/**
 * Totals by year and for this month, and who gave recently. The board keeps the 31 latest days it saw,
 * so this month's days are all there. Pending donations (not yet received) and voided receipts are left
 * out, anonymous donors are only counted, and hand-outs are totals only: nothing about who received.
 */
export function publicSupermarket(board: SupermarketBoard, today: string) {
  const month = today.slice(0, 7);
  const received = board.recentIntake.filter((i) => i.voided === null);
  return {
    month,
    thisMonth: totals(
      sumDays(
        Object.entries(board.days)
          .filter(([d]) => d.startsWith(month))
          .map(([, d]) => d),
      ),
    ),
    years: Object.entries(board.years)
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([year, day]) => ({ year, ...totals(day) })),
    recentDonations: received.slice(0, PUBLIC_LIST_LIMIT).map((i) => ({
      receiptNo: i.receiptNo,
      receivedOn: i.receivedOn,
      donorKind: i.donor.kind,
      donorName: i.donor.kind === "anonymous" ? null : i.donor.name,
      goods: i.lines.map((l) => ({ item: l.name, quantity: l.quantity, unitOfMeasure: l.unitOfMeasure })),
      money: i.money,
    })),
    stock: Object.values(board.items)
      .sort((a, b) => a.name.localeCompare(b.name, "zh"))
      .map((item) => ({ item: item.name, unitOfMeasure: item.unitOfMeasure, stock: item.stock })),
  };
}
