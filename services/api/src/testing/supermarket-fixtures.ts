// Test-only: request bodies and Given steps for the supermarket's int specs.

import { type ResidentEvent, residentStream } from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import { expect } from "vitest";
import { appendFacts } from "./facts.ts";
import { givenCommunity } from "./fixtures.ts";
import { bodyField, type Client } from "./http.ts";
import { freshId, TODAY } from "./test-api.ts";

export const supermarketPaths = (communityId: string) => {
  const base = `/api/communities/${communityId}/supermarket`;
  return {
    items: `${base}/items`,
    minimumStock: (itemId: string) => `${base}/items/${itemId}/minimum-stock`,
    monthlyLimit: `${base}/monthly-limit`,
    donations: `${base}/donations`,
    acceptance: (donationId: string) => `${base}/donations/${donationId}/acceptance`,
    decline: (donationId: string) => `${base}/donations/${donationId}/decline`,
    voidReceipt: (receiptNo: string) => `${base}/receipts/${receiptNo}/void`,
    handouts: `${base}/handouts`,
    adjustments: `${base}/adjustments`,
    stock: `${base}/stock`,
    ledger: `${base}/ledger`,
  };
};

/** Rice by the kilogram, low below 20 kg. */
export const riceBody = (overrides: Record<string, unknown> = {}) => ({
  itemId: "rice",
  name: "大米",
  category: "grain_oil",
  unitOfMeasure: "kg",
  minimumStock: 20,
  ...overrides,
});

/** Winter coats, low below 5. */
export const coatBody = () =>
  riceBody({ itemId: "coat", name: "棉衣", category: "clothing", unitOfMeasure: "件", minimumStock: 5 });

export const donationBody = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: TODAY,
  donor: { kind: "anonymous" },
  lines: [{ itemId: "rice", quantity: 50 }],
  ...overrides,
});

export const handoutBody = (residentId: string, overrides: Record<string, unknown> = {}) => ({
  residentId,
  handedOutOn: TODAY,
  lines: [{ itemId: "rice", quantity: 5 }],
  ...overrides,
});

/** Given a registered community whose supermarket stocks rice and coats, none in stock yet. */
export async function givenSupermarket(api: Client): Promise<string> {
  const communityId = await givenCommunity(api);
  const paths = supermarketPaths(communityId);
  for (const body of [riceBody(), coatBody()]) {
    expect((await api.post(paths.items, body)).status).toBe(201);
  }
  return communityId;
}

/** Given goods taken in as an anonymous donation; resolves to its receipt number. */
export async function givenDonated(
  api: Client,
  communityId: string,
  lines: { itemId: string; quantity: number }[],
): Promise<string> {
  const response = await api.post(supermarketPaths(communityId).donations, donationBody({ lines }));
  expect(response.status).toBe(201);
  return String(bodyField(response, "receiptNo"));
}

/**
 * Given a resident in need of the community, approved unless said otherwise. Residents are registered by
 * another context, so their events are appended straight to the log, as that context would write them.
 */
export async function givenResident(
  store: EventStore,
  communityId: string,
  { approved = true }: { approved?: boolean } = {},
): Promise<string> {
  const residentId = freshId("resident");
  const events: ResidentEvent[] = [
    {
      type: "ResidentInNeedRegistered",
      data: {
        residentId,
        communityId,
        name: "张大爷",
        category: "elderly_alone",
        householdSize: 1,
        note: "",
      },
    },
    ...(approved
      ? [{ type: "ResidentApproved" as const, data: { residentId, communityId, approvedOn: "2025-06-01" } }]
      : []),
  ];
  await appendFacts(store, residentStream(residentId), events);
  return residentId;
}
