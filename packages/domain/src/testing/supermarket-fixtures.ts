// Test-only fixtures for the supermarket specs: Guangming's supermarket, rice and coats, one resident.
import type { CommunityState, UnitState } from "../registry/decider.ts";
import type { ResidentView } from "../shared/views.ts";
import type {
  AcceptDonation,
  AddItem,
  AdjustStock,
  AnnounceDonation,
  DeclineDonation,
  HandOut,
  RecordDonation,
  SetMonthlyLimit,
  VoidReceipt,
} from "../supermarket/commands.ts";
import type { SupermarketDecideContext } from "../supermarket/context.ts";
import type {
  DonationAnnounced,
  DonationDeclined,
  DonationReceived,
  GoodsHandedOut,
  ItemAdded,
  MonthlyLimitSet,
  ReceiptVoided,
  StockAdjusted,
} from "../supermarket/events.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

/** A school registered in the given community. */
export const schoolIn = (communityId: string): UnitState => ({
  status: "registered",
  unit: {
    unitId: "school-1",
    communityId,
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
});

export const school = schoolIn("guangming");

export const resident: ResidentView = { residentId: "r-1", communityId: "guangming", approved: true };

/** The keeper at the counter, by the name their account shows. */
export const keeperName = "王店长";

/** Everything any command may need, as a handler that loaded it all would pass. */
export const loaded: SupermarketDecideContext = {
  today,
  community: guangming,
  donorUnit: school,
  resident,
  actorName: keeperName,
};

export const addItem = (overrides: Partial<AddItem["data"]> = {}): AddItem => ({
  type: "AddItem",
  data: {
    communityId: "guangming",
    itemId: "rice",
    name: "大米",
    category: "grain_oil",
    unitOfMeasure: "kg",
    minimumStock: 50,
    ...overrides,
  },
});

export const itemAdded = (overrides: Partial<ItemAdded["data"]> = {}): ItemAdded => ({
  type: "ItemAdded",
  data: { ...addItem().data, ...overrides },
});

export const coatAdded = (): ItemAdded =>
  itemAdded({ itemId: "coat", name: "棉衣", category: "clothing", unitOfMeasure: "件", minimumStock: 5 });

export const setLimit = (limit: number | null): SetMonthlyLimit => ({
  type: "SetMonthlyLimit",
  data: { communityId: "guangming", limit },
});

export const limitSet = (limit: number | null): MonthlyLimitSet => ({
  type: "MonthlyLimitSet",
  data: { communityId: "guangming", limit },
});

export const donate = (overrides: Partial<RecordDonation["data"]> = {}): RecordDonation => ({
  type: "RecordDonation",
  data: {
    communityId: "guangming",
    donationId: "d-1",
    receivedOn: "2025-06-10",
    donor: { kind: "unit", unitId: "school-1" },
    lines: [{ itemId: "rice", quantity: 100 }],
    note: "",
    ...overrides,
  },
});

export const donated = (
  overrides: Partial<DonationReceived["data"]> = {},
  receiptNo = "2025-00001",
): DonationReceived => ({
  type: "DonationReceived",
  data: { ...donate().data, receiptNo, ...overrides },
});

export const handOut = (overrides: Partial<HandOut["data"]> = {}): HandOut => ({
  type: "HandOut",
  data: {
    communityId: "guangming",
    handoutId: "h-1",
    residentId: "r-1",
    handedOutOn: "2025-06-12",
    lines: [{ itemId: "rice", quantity: 10 }],
    ...overrides,
  },
});

export const handedOut = (overrides: Partial<GoodsHandedOut["data"]> = {}): GoodsHandedOut => ({
  type: "GoodsHandedOut",
  data: { ...handOut().data, ...overrides },
});

export const adjust = (overrides: Partial<AdjustStock["data"]> = {}): AdjustStock => ({
  type: "AdjustStock",
  data: {
    communityId: "guangming",
    adjustmentId: "adj-1",
    itemId: "rice",
    reason: "damage",
    quantity: 5,
    note: "受潮",
    ...overrides,
  },
});

export const adjusted = (overrides: Partial<StockAdjusted["data"]> = {}): StockAdjusted => ({
  type: "StockAdjusted",
  data: { ...adjust().data, adjustedOn: today, delta: -5, stockAfter: 95, ...overrides },
});

/** The school's liaison records 100 kg of rice given on 2025-06-10: it waits for the keeper. */
export const announce = (overrides: Partial<AnnounceDonation["data"]> = {}): AnnounceDonation => ({
  type: "AnnounceDonation",
  data: { ...donate().data, ...overrides },
});

export const announced = (overrides: Partial<DonationAnnounced["data"]> = {}): DonationAnnounced => {
  const { receivedOn: givenOn, ...data } = donate().data;
  return { type: "DonationAnnounced", data: { ...data, givenOn, ...overrides } };
};

export const accept = (overrides: Partial<AcceptDonation["data"]> = {}): AcceptDonation => ({
  type: "AcceptDonation",
  data: { communityId: "guangming", donationId: "d-1", ...overrides },
});

export const decline = (overrides: Partial<DeclineDonation["data"]> = {}): DeclineDonation => ({
  type: "DeclineDonation",
  data: { communityId: "guangming", donationId: "d-1", reason: "没有收到", ...overrides },
});

export const declined = (overrides: Partial<DonationDeclined["data"]> = {}): DonationDeclined => ({
  type: "DonationDeclined",
  data: {
    communityId: "guangming",
    donationId: "d-1",
    donor: { kind: "unit", unitId: "school-1" },
    reason: "没有收到",
    declinedOn: today,
    ...overrides,
  },
});

export const voidReceipt = (overrides: Partial<VoidReceipt["data"]> = {}): VoidReceipt => ({
  type: "VoidReceipt",
  data: { communityId: "guangming", receiptNo: "2025-00001", reason: "重复登记", ...overrides },
});

/** The void of `donated()`'s receipt, as the decider writes it today. */
export const voided = (overrides: Partial<ReceiptVoided["data"]> = {}): ReceiptVoided => {
  const { confirmed: _, note: __, ...receipt } = donate().data;
  return {
    type: "ReceiptVoided",
    data: {
      ...receipt,
      receiptNo: "2025-00001",
      reason: "重复登记",
      voidedOn: today,
      voidedBy: keeperName,
      ...overrides,
    },
  };
};
