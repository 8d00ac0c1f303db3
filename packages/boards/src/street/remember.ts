import { type AgreementDrafted, type AgreementEvent, addQuantities } from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { StreetCommunitySummary } from "./board.ts";
import type { StreetEvent } from "./events.ts";
import { commitmentIn, type StreetTally, type TallyAgreement, type TallyPost } from "./tally.ts";
import { agreementShare, countedDays, movedDeadlines, postShare } from "./tally-figures.ts";

const line = <Field extends keyof StreetCommunitySummary>(
  field: Field,
  value: StreetCommunitySummary[Field],
): BoardOp => ({ op: "set", path: ["summary", field], value });

const draftOf = ({ data }: Pick<AgreementDrafted, "data">): TallyAgreement => {
  const commitments: TallyAgreement["commitments"] = {};
  for (const { commitmentId, description, unitOfMeasure, dueDate } of data.commitments) {
    commitments[commitmentId] = { description, unitOfMeasure, dueDate, fulfilledOn: null };
  }
  return { status: "draft", commitments };
};

/** An agreement replaced, and what that changes on the community's line. */
const agreementOps = (tally: StreetTally, agreementId: string, next: TallyAgreement): BoardOp[] => {
  const before = agreementShare(own(tally.agreements, agreementId));
  const after = agreementShare(next);
  const { summary } = tally;
  const ops: BoardOp[] = [{ op: "set", path: ["agreements", agreementId], value: next }];
  if (before.signed !== after.signed)
    ops.push(line("signedAgreements", summary.signedAgreements - before.signed + after.signed));
  if (before.commitments !== after.commitments)
    ops.push(line("commitments", summary.commitments - before.commitments + after.commitments));
  if (before.fulfilled !== after.fulfilled)
    ops.push(line("fulfilled", summary.fulfilled - before.fulfilled + after.fulfilled));
  if (before.deadlines.length > 0 || after.deadlines.length > 0)
    ops.push(line("openDeadlines", movedDeadlines(summary.openDeadlines, before.deadlines, after.deadlines)));
  return ops;
};

const withStatus = (tally: StreetTally, agreementId: string, status: TallyAgreement["status"]) => {
  const agreement = own(tally.agreements, agreementId);
  return agreement ? agreementOps(tally, agreementId, { ...agreement, status }) : [];
};

const withFulfilled = (
  tally: StreetTally,
  ref: { agreementId: string; commitmentId: string },
  fulfilledOn: string | null,
): BoardOp[] => {
  const agreement = own(tally.agreements, ref.agreementId);
  const commitment = commitmentIn(tally, ref);
  if (!agreement || !commitment) return [];
  const commitments = { ...agreement.commitments, [ref.commitmentId]: { ...commitment, fulfilledOn } };
  return agreementOps(tally, ref.agreementId, { ...agreement, commitments });
};

const agreementFactOps = (tally: StreetTally, event: AgreementEvent): BoardOp[] => {
  const { summary } = tally;
  switch (event.type) {
    case "AgreementDrafted":
      return agreementOps(tally, event.data.agreementId, draftOf(event));
    case "AgreementAmended":
      return own(tally.agreements, event.data.agreementId)?.status === "draft"
        ? agreementOps(tally, event.data.agreementId, draftOf(event))
        : [];
    case "AgreementSigned":
      return withStatus(tally, event.data.agreementId, "signed");
    case "AgreementTerminated":
      return withStatus(tally, event.data.agreementId, "terminated");
    case "AgreementExpired":
      return withStatus(tally, event.data.agreementId, "expired");
    case "CommitmentFulfilled":
      return withFulfilled(tally, event.data, event.data.fulfilledOn);
    case "CommitmentReopened":
      return withFulfilled(tally, event.data, null);
    case "ContributionLogged":
      if (!commitmentIn(tally, event.data)) return [];
      return [
        line("contributions", summary.contributions + 1),
        line("participants", summary.participants + event.data.participants),
      ];
    case "ContributionCorrected": {
      // Only a correction that says how many took part before can move the total (see the ADR 009).
      const before = event.data.previousParticipants;
      if (
        !commitmentIn(tally, event.data) ||
        before === undefined ||
        before === null ||
        before === event.data.participants
      )
        return [];
      return [line("participants", summary.participants - before + event.data.participants)];
    }
    case "ContributionVerified":
    case "ContributionDisputed":
      return [];
  }
};

const postOps = (tally: StreetTally, postId: string, next: TallyPost): BoardOp[] => {
  const before = postShare(own(tally.posts, postId));
  const after = postShare(next);
  const ops: BoardOp[] = [{ op: "set", path: ["posts", postId], value: next }];
  if (before.places !== after.places)
    ops.push(line("places", tally.summary.places - before.places + after.places));
  if (before.claimed !== after.claimed)
    ops.push(line("claimed", tally.summary.claimed - before.claimed + after.claimed));
  return ops;
};

/** Approved hours by month of every team together, as the community board's teams add up. */
const hoursOf = (teams: StreetTally["teams"]): Record<string, number> => {
  const hoursByMonth: Record<string, number> = {};
  for (const months of Object.values(teams)) {
    for (const [month, hours] of Object.entries(months)) {
      hoursByMonth[month] = addQuantities(own(hoursByMonth, month) ?? 0, hours);
    }
  }
  return hoursByMonth;
};

/** What one event changes in a community's tally; facts about things it never saw change nothing. */
export const tallyOps = (tally: StreetTally, event: StreetEvent): BoardOp[] => {
  const { summary } = tally;
  switch (event.type) {
    case "StreetRegistered":
      return [];
    case "CommunityRegistered":
      return [{ op: "set", path: ["streetId"], value: event.data.streetId }, line("name", event.data.name)];
    case "UnitRegistered": {
      const { unitId, name } = event.data;
      const ops: BoardOp[] = [{ op: "set", path: ["units", unitId], value: name }];
      return own(tally.units, unitId) === undefined ? [...ops, line("units", summary.units + 1)] : ops;
    }
    case "MeetingScheduled":
      return [{ op: "set", path: ["meetings", event.data.meetingId], value: true }];
    case "DecisionRecorded": {
      const { decisionId, meetingId, deadline } = event.data;
      if (!own(tally.meetings, meetingId)) return [];
      const before = own(tally.decisions, decisionId);
      const removed = before?.open ? [before.deadline] : [];
      return [
        { op: "set", path: ["decisions", decisionId], value: { deadline, open: true } },
        line("openDeadlines", movedDeadlines(summary.openDeadlines, removed, [deadline])),
      ];
    }
    case "DecisionDone": {
      const decision = own(tally.decisions, event.data.decisionId);
      if (!decision?.open) return [];
      return [
        { op: "set", path: ["decisions", event.data.decisionId, "open"], value: false },
        line("openDeadlines", movedDeadlines(summary.openDeadlines, [decision.deadline], [])),
      ];
    }
    case "TeamCreated": {
      const before = own(tally.teams, event.data.teamId);
      const ops: BoardOp[] = [{ op: "set", path: ["teams", event.data.teamId], value: {} }];
      // Created again (a stray repeat): its hours start over, as the community board's do.
      if (before && Object.keys(before).length > 0)
        ops.push(line("hoursByMonth", hoursOf({ ...tally.teams, [event.data.teamId]: {} })));
      return ops;
    }
    case "ServiceHoursApproved": {
      const { teamId, date, hours } = event.data;
      const team = own(tally.teams, teamId);
      if (!team) return [];
      // Hours count in the month they were served, not the month they were approved.
      const month = date.slice(0, 7);
      return [
        { op: "set", path: ["teams", teamId, month], value: addQuantities(own(team, month) ?? 0, hours) },
        {
          op: "set",
          path: ["summary", "hoursByMonth", month],
          value: addQuantities(own(summary.hoursByMonth, month) ?? 0, hours),
        },
      ];
    }
    case "PostOpened": {
      const { postId, places } = event.data;
      return postOps(tally, postId, { open: true, places, claims: {} });
    }
    case "PostClosed": {
      const post = own(tally.posts, event.data.postId);
      return post ? postOps(tally, event.data.postId, { ...post, open: false }) : [];
    }
    case "PlaceClaimed": {
      const post = own(tally.posts, event.data.postId);
      if (!post) return [];
      const claims: TallyPost["claims"] = { ...post.claims, [event.data.claimId]: true };
      return postOps(tally, event.data.postId, { ...post, claims });
    }
    case "ClaimReleased": {
      const post = own(tally.posts, event.data.postId);
      if (!post || !own(post.claims, event.data.claimId)) return [];
      const { [event.data.claimId]: _released, ...claims } = post.claims;
      return postOps(tally, event.data.postId, { ...post, claims });
    }
    case "DonationReceived":
      return [
        line("supermarketDays", countedDays(summary.supermarketDays, event.data.receivedOn, "donations")),
      ];
    case "ReceiptVoided":
      return [
        line("supermarketDays", countedDays(summary.supermarketDays, event.data.receivedOn, "donations", -1)),
      ];
    case "GoodsHandedOut":
      return [
        line("supermarketDays", countedDays(summary.supermarketDays, event.data.handedOutOn, "handouts")),
      ];
    case "AgreementDrafted":
    case "AgreementAmended":
    case "AgreementSigned":
    case "AgreementTerminated":
    case "AgreementExpired":
    case "CommitmentFulfilled":
    case "CommitmentReopened":
    case "ContributionLogged":
    case "ContributionCorrected":
    case "ContributionVerified":
    case "ContributionDisputed":
      return agreementFactOps(tally, event);
    default:
      return [];
  }
};
