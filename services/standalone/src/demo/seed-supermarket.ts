import type { CommandEnvelope, Services } from "@cobuild/api";
import {
  AddItemInput,
  AdjustStockInput,
  ApproveResidentInput,
  addDays,
  HandOutInput,
  RecordDonationInput,
  RegisterResidentInNeedInput,
  SetMonthlyLimitInput,
} from "@cobuild/domain";
import { RESIDENT_GROUPS, SUPERMARKET_ITEMS } from "./community-life.ts";
import { GUANGMING, GUANGMING_UNITS } from "./guangming.ts";
import { demoName } from "./names.ts";
import { inParallel } from "./parallel.ts";

/** What each donation brings, by turn: garments mostly, food and daily goods often, an appliance rarely. */
const DONATION_MIX: Record<string, number>[] = [
  { coat: 6, sweater: 7, trousers: 6 },
  { "kids-wear": 9, books: 8, rice: 2 },
  { sweater: 9, trousers: 7, oil: 2, flour: 1 },
  { coat: 7, "kids-wear": 6, quilt: 1, soap: 3 },
  { rice: 3, oil: 2, milk: 1, coat: 5 },
];
/** What a resident in need takes on one visit, by turn (at most 5 pieces, within the monthly limit). */
const HANDOUT_MIX: Record<string, number>[] = [
  { coat: 1, rice: 1 },
  { sweater: 1, trousers: 1, oil: 1 },
  { "kids-wear": 2, books: 2 },
  { quilt: 1, soap: 1 },
  { flour: 1, milk: 1, sweater: 1 },
];

/**
 * The love supermarket (爱心超市): a catalogue of twelve items; 150 donations over five months that bring
 * 1,800+ garments; 210 residents in need, 205 approved, every approved one helped at least once this
 * month; a damaged quilt and a stock-take. Milk and heaters end below their minimum, so the low-stock
 * list has something on it.
 */
export async function seedSupermarket(services: Services, envelope: CommandEnvelope, today: string) {
  const { communityId } = GUANGMING;
  const market = services.supermarket;
  for (const item of SUPERMARKET_ITEMS)
    await market.addItem(AddItemInput.parse({ communityId, ...item }), envelope);
  await market.setMonthlyLimit(SetMonthlyLimitInput.parse({ communityId, limit: 10 }), envelope);

  const stock = new Map<string, number>();
  for (let d = 0; d < 150; d++) {
    const mix = DONATION_MIX[d % DONATION_MIX.length] ?? {};
    const lines = Object.entries(mix).map(([itemId, quantity]) => ({ itemId, quantity }));
    if (d % 50 === 7) lines.push({ itemId: "heater", quantity: 2 });
    for (const { itemId, quantity } of lines) stock.set(itemId, (stock.get(itemId) ?? 0) + quantity);
    const unitIndex = d % (GUANGMING_UNITS.length + 6);
    const donor =
      unitIndex < GUANGMING_UNITS.length
        ? { kind: "unit", unitId: `gm-u${String(unitIndex + 1).padStart(2, "0")}` }
        : d % 2 === 0
          ? { kind: "person", name: demoName(900 + d) }
          : { kind: "anonymous" };
    await market.recordDonation(
      RecordDonationInput.parse({
        communityId,
        donationId: `don-${d + 1}`,
        receivedOn: addDays(today, -(35 + Math.floor(((149 - d) * 120) / 150))),
        donor,
        lines,
        ...(d % 10 === 3 ? { money: 500 + (d % 7) * 100 } : {}),
      }),
      envelope,
    );
  }

  const residents: string[] = [];
  let n = 0;
  for (const group of RESIDENT_GROUPS) {
    for (let k = 0; k < group.count; k++)
      residents.push(`res-${group.category}-${k + 1}`.replaceAll("_", "-"));
  }
  await inParallel(residents, 16, async (residentId, i) => {
    const group = RESIDENT_GROUPS.find((g) =>
      residentId.startsWith(`res-${g.category.replaceAll("_", "-")}-`),
    );
    await services.people.registerResident(
      RegisterResidentInNeedInput.parse({
        residentId,
        communityId,
        name: demoName(600 + ++n),
        category: group?.category ?? "other",
        householdSize: 1 + (i % 5),
      }),
      envelope,
    );
    // Five are still waiting for staff to approve them.
    if (i % 42 !== 41) {
      await services.people.approveResident(
        ApproveResidentInput.parse({ residentId, approvedOn: addDays(today, -(40 + (i % 20))) }),
        envelope,
      );
    }
  });

  // Before the month's hand-outs: a damp quilt thrown away, and a stock-take that found two bottles short.
  await market.adjustStock(
    AdjustStockInput.parse({
      communityId,
      adjustmentId: "adj-1",
      itemId: "quilt",
      reason: "damage",
      quantity: 1,
      note: "受潮发霉",
    }),
    envelope,
  );
  await market.adjustStock(
    AdjustStockInput.parse({
      communityId,
      adjustmentId: "adj-2",
      itemId: "soap",
      reason: "stock_take",
      quantity: (stock.get("soap") ?? 0) - 2,
      note: "月底盘点",
    }),
    envelope,
  );
  stock.set("quilt", (stock.get("quilt") ?? 0) - 1);
  stock.set("soap", (stock.get("soap") ?? 0) - 2);

  const approved = residents.filter((_, i) => i % 42 !== 41);
  const visits = [...approved, ...approved.slice(0, 60)];
  for (const [v, residentId] of visits.entries()) {
    const mix = HANDOUT_MIX[v % HANDOUT_MIX.length] ?? {};
    const lines = Object.entries(mix)
      .filter(([itemId, quantity]) => (stock.get(itemId) ?? 0) >= quantity)
      .map(([itemId, quantity]) => ({ itemId, quantity }));
    if (lines.length === 0) continue;
    for (const { itemId, quantity } of lines) stock.set(itemId, (stock.get(itemId) ?? 0) - quantity);
    await market.handOut(
      HandOutInput.parse({
        communityId,
        handoutId: `ho-${v + 1}`,
        residentId,
        handedOutOn: addDays(today, -(v % Math.max(1, Number(today.slice(8, 10)) - 1))),
        lines,
      }),
      envelope,
    );
  }

  // One donation 光明小学's liaison announced two days ago that the keeper has not confirmed yet: the
  // counter's 待确认 tab and the school's ledger have something waiting on them from the start.
  const liaison: CommandEnvelope = {
    principal: {
      kind: "user",
      username: "liaison",
      displayName: "光明小学 周联络员",
      grants: [{ role: "unit_liaison", streetId: GUANGMING.streetId, communityId, unitId: "gm-u01" }],
    },
    correlationId: "demo-seed-announced-donation",
  };
  await market.recordDonation(
    RecordDonationInput.parse({
      communityId,
      donationId: "don-announced-1",
      receivedOn: addDays(today, -2),
      donor: { kind: "unit", unitId: "gm-u01" },
      lines: [
        { itemId: "coat", quantity: 20 },
        { itemId: "rice", quantity: 10 },
      ],
      note: "光明小学师生冬衣募捐",
    }),
    liaison,
  );
}
