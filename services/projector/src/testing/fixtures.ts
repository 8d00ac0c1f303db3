// Test-only: a community, a unit and a signed agreement with one commitment, and contributions to it.
import type { AgreementEvent, RegistryEvent } from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";

const meta = { actor: "test", correlationId: "c", causationId: "c", schemaVersion: 1 };
export const append = (store: EventStore, streamId: string, ...events: (RegistryEvent | AgreementEvent)[]) =>
  store.appendToStream(
    streamId,
    events.map((e) => ({ id: crypto.randomUUID(), ...e, meta })),
  );

export const community: RegistryEvent = {
  type: "CommunityRegistered",
  data: { communityId: "gm", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};
export const unit: RegistryEvent = {
  type: "UnitRegistered",
  data: {
    unitId: "u1",
    communityId: "gm",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "支部",
    inServiceMembers: 3,
  },
};
export const agreement: AgreementEvent[] = [
  {
    type: "AgreementDrafted",
    data: {
      agreementId: "a1",
      communityId: "gm",
      unitId: "u1",
      title: "协议",
      termStart: "2025-01-01",
      termEnd: "2025-12-31",
      commitments: [
        {
          commitmentId: "c1",
          category: "environment",
          description: "植树",
          targetQuantity: 200,
          unitOfMeasure: "棵",
          dueDate: "2025-12-31",
        },
      ],
    },
  },
  {
    type: "AgreementSigned",
    data: {
      agreementId: "a1",
      communityId: "gm",
      unitId: "u1",
      signedOn: "2025-01-05",
      communitySignatory: "王",
      unitSignatory: "李",
    },
  },
];
export const contribution = (n: number): AgreementEvent => ({
  type: "ContributionLogged",
  data: {
    agreementId: "a1",
    communityId: "gm",
    unitId: "u1",
    contributionId: `k${n}`,
    commitmentId: "c1",
    quantity: 1.5,
    date: "2025-02-01",
    participants: 2,
    note: "",
  },
});

/** Appends the community, the unit and the signed agreement: the world every projector spec starts from. */
export async function appendWorld(store: EventStore): Promise<void> {
  await append(store, "community-gm", community);
  await append(store, "unit-u1", unit);
  await append(store, "agreement-a1", ...agreement);
}
