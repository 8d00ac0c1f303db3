// Test-only: request bodies with sensible defaults, and Given steps that set the world up through HTTP.
import { expect } from "vitest";
import { type Client, etagRevision } from "./http.ts";
import { freshId, TEST_STREET } from "./test-api.ts";

export const communityBody = (communityId = freshId("gm"), overrides: Record<string, unknown> = {}) => ({
  communityId,
  name: "光明社区",
  streetId: TEST_STREET,
  ...overrides,
});

export const unitBody = (unitId = freshId("unit"), overrides: Record<string, unknown> = {}) => ({
  unitId,
  name: "光明小学",
  kind: "school",
  partyOrganisation: "光明小学党支部",
  inServiceMembers: 12,
  ...overrides,
});

/** Two commitments: 200 trees by October, half a truckload of rubbish by year end. */
export const commitmentsBody = () => [
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
];

export const draftBody = (
  ids: { agreementId: string; communityId: string; unitId: string },
  overrides: Record<string, unknown> = {},
) => ({
  ...ids,
  title: "2025年共驻共建协议书",
  termStart: "2025-01-01",
  termEnd: "2025-12-31",
  commitments: commitmentsBody(),
  ...overrides,
});

export const signBody = (overrides: Record<string, unknown> = {}) => ({
  signedOn: "2025-01-10",
  communitySignatory: "王书记",
  unitSignatory: "李校长",
  ...overrides,
});

export const contributionBody = (overrides: Record<string, unknown> = {}) => ({
  contributionId: freshId("c"),
  commitmentId: "trees",
  quantity: 20,
  date: "2025-03-12",
  participants: 15,
  note: "植树节",
  ...overrides,
});

export const agreementPath = (agreementId: string) => `/api/agreements/${agreementId}`;
export const signaturePath = (agreementId: string) => `/api/agreements/${agreementId}/signature`;
export const contributionsPath = (agreementId: string) => `/api/agreements/${agreementId}/contributions`;

/** Given a registered community. */
export async function givenCommunity(api: Client): Promise<string> {
  const body = communityBody();
  const response = await api.post("/api/communities", body);
  expect(response.status).toBe(201);
  return body.communityId;
}

/** Given a registered community with one resident unit. */
export async function givenUnit(api: Client): Promise<{ communityId: string; unitId: string }> {
  const communityId = await givenCommunity(api);
  const body = unitBody();
  const response = await api.post(`/api/communities/${communityId}/units`, body);
  expect(response.status).toBe(201);
  return { communityId, unitId: body.unitId };
}

export interface AgreementIds {
  agreementId: string;
  communityId: string;
  unitId: string;
}

/** Given a drafted (unsigned) agreement between a community and one of its units. */
export async function givenDraftAgreement(api: Client): Promise<AgreementIds> {
  const ids = { ...(await givenUnit(api)), agreementId: freshId("agreement") };
  const response = await api.post("/api/agreements", draftBody(ids));
  expect(response.status).toBe(201);
  return ids;
}

/** Given a signed agreement; its stream is at revision 1. */
export async function givenSignedAgreement(api: Client): Promise<AgreementIds> {
  const ids = await givenDraftAgreement(api);
  const response = await api.post(signaturePath(ids.agreementId), signBody());
  expect(response.status).toBe(200);
  expect(etagRevision(response)).toBe(1);
  return ids;
}
