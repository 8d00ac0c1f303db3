import { bootstrapStreet, type Services, systemPrincipal } from "@cobuild/api";
import { addDays, addMonths, daysBetween, type LogContributionInput } from "@cobuild/domain";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./accounts.ts";
import { GUANGMING, GUANGMING_UNITS } from "./guangming.ts";

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
 * Dates are placed around `today`: each agreement's year-long term began six months ago.
 */
export async function seedGuangming(services: Services, today: string): Promise<void> {
  const { communityId, name, streetId, street, secretary } = GUANGMING;
  await bootstrapStreet(services, { streetId, name: street, admin: DEMO_ACCOUNTS.streetAdmin });
  await services.registry.registerCommunity({ communityId, streetId, name }, envelope);
  const termStart = `${addMonths(today, -6).slice(0, 7)}-01`;
  const termEnd = addDays(addMonths(termStart, 12), -1);
  const elapsed = Math.max(daysBetween(termStart, today), 1);
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
  await seedDemoAccounts(services, envelope);
  contributions.sort((a, b) => a.date.localeCompare(b.date));
  for (const contribution of contributions) await services.agreements.logContribution(contribution, envelope);
}
