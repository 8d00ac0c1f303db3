import { bootstrapStreet, type Services, systemPrincipal } from "@cobuild/api";
import { addDays, addMonths, daysBetween, type LogContributionInput } from "@cobuild/domain";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./accounts.ts";
import { GUANGMING, GUANGMING_UNITS } from "./guangming.ts";
import { seedEvaluations } from "./seed-evaluations.ts";
import { SIGNING_MEETING, scheduleSigningMeeting, seedMeetings } from "./seed-meetings.ts";
import { seedPeople } from "./seed-people.ts";
import { seedPledges } from "./seed-pledges.ts";
import { seedPosts } from "./seed-posts.ts";
import { seedSupermarket } from "./seed-supermarket.ts";
import { seedTeams } from "./seed-teams.ts";

const envelope = { principal: systemPrincipal("demo-seed"), correlationId: "demo-seed" };

/** Splits a logged total into a few contributions, whole numbers where the target is whole. */
const split = (total: number, parts: number): number[] => {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) =>
    i === parts - 1 ? total - base * (parts - 1) : base,
  ).filter((q) => q > 0);
};

/**
 * Seeds Guangming community through the same commands people use, so demo data obeys every rule.
 * Dates are placed around `today`: each agreement's year-long term began six months ago. Facts that
 * are dated by the day they are decided (a claim's day) are decided by `servicesOn(thatDay)`.
 */
export async function seedGuangming(
  services: Services,
  today: string,
  servicesOn: (day: string) => Services,
): Promise<void> {
  const { communityId, name, streetId, street, secretary } = GUANGMING;
  await bootstrapStreet(services, { streetId, name: street, admin: DEMO_ACCOUNTS.streetAdmin });
  await services.registry.registerCommunity({ communityId, streetId, name }, envelope);
  const termStart = `${addMonths(today, -6).slice(0, 7)}-01`;
  const termEnd = addDays(addMonths(termStart, 12), -1);
  const elapsed = Math.max(daysBetween(termStart, today), 1);
  // The year's agreements are signed at the joint meeting in the term's second week.
  await scheduleSigningMeeting(services, envelope, addDays(termStart, 9));
  // Logged after every agreement exists, oldest first, so the board's feed reads like a real year.
  const contributions: LogContributionInput[] = [];

  for (const [index, unit] of GUANGMING_UNITS.entries()) {
    const n = String(index + 1).padStart(2, "0");
    const unitId = `gm-u${n}`;
    const agreementId = `gm-${termStart.slice(0, 4)}-u${n}`;
    await services.registry.registerUnit(
      {
        unitId,
        communityId,
        name: unit.name,
        kind: unit.kind,
        partyOrganisation: unit.partyOrganisation,
        inServiceMembers: unit.inServiceMembers,
      },
      envelope,
    );
    await services.agreements.draftAgreement(
      {
        agreementId,
        communityId,
        unitId,
        title: `${name}与${unit.name}共驻共建协议书`,
        termStart,
        termEnd,
        commitments: unit.commitments.map((commitment, i) => ({
          commitmentId: `c${i + 1}`,
          category: commitment.category,
          description: commitment.description,
          targetQuantity: commitment.target,
          unitOfMeasure: commitment.unitOfMeasure,
          dueDate: termEnd,
        })),
      },
      envelope,
    );
    if (!unit.signed) continue;
    await services.agreements.signAgreement(
      {
        agreementId,
        signedOn: addDays(termStart, 9),
        communitySignatory: secretary,
        unitSignatory: unit.principal,
        meetingId: SIGNING_MEETING,
      },
      envelope,
    );
    for (const [i, commitment] of unit.commitments.entries()) {
      const quantities = split(Math.round(commitment.target * commitment.progress), 1 + ((index + i) % 4));
      for (const [k, quantity] of quantities.entries()) {
        const offset = 10 + Math.floor(((k + 1) * (elapsed - 10)) / (quantities.length + 1));
        contributions.push({
          agreementId,
          contributionId: `c${i + 1}-${k + 1}`,
          commitmentId: `c${i + 1}`,
          quantity,
          date: addDays(termStart, Math.min(offset, elapsed)),
          participants: 2 + ((index * 7 + k * 3) % 12),
          note: "",
        });
      }
    }
  }
  contributions.sort((a, b) => a.date.localeCompare(b.date));
  for (const contribution of contributions) await services.agreements.logContribution(contribution, envelope);
  await verifyMostContributions(services, contributions);

  const people = await seedPeople(services, envelope, termStart);
  const rosters = await seedTeams(services, envelope, people, today);
  // Places were claimed in the first week of the term; duties follow until today.
  await seedPosts(services, servicesOn(addDays(termStart, 5)), envelope, people, rosters, termStart, today);
  await seedSupermarket(services, envelope, today);
  await seedEvaluations(services, envelope, today);
  await seedMeetings(services, envelope, today);
  await seedPledges(services, envelope, termStart, today);
  await seedDemoAccounts(services, envelope);
}

/**
 * The community has verified (核实) all but the newest contributions; one is disputed, so the
 * verification queue and the dispute flow have something to show.
 */
async function verifyMostContributions(services: Services, contributions: readonly LogContributionInput[]) {
  const settled = contributions.slice(0, Math.floor(contributions.length * 0.85));
  for (const [i, { agreementId, contributionId }] of settled.entries()) {
    if (i === 5) {
      await services.agreements.disputeContribution(
        { agreementId, contributionId, reason: "照片与数量不符，请核对后更正" },
        envelope,
      );
    } else {
      await services.agreements.verifyContribution({ agreementId, contributionId }, envelope);
    }
  }
}
