import {
  type AcceptDonationInput,
  type Action,
  type AddItemInput,
  type AdjustStockInput,
  type ChangeMinimumStockInput,
  communityEvents,
  type DecideContext,
  type DeclineDonationInput,
  fold,
  type HandOutInput,
  type RecordDonationInput,
  residentEvents,
  type ScopeRef,
  type SetMonthlyLimitInput,
  type SupermarketCommand,
  type SupermarketDecideContext,
  type SupermarketEvent,
  type SupermarketState,
  supermarketDecider,
  supermarketEvents,
  supermarketStream,
  type UnitState,
  unitEvents,
  type VoidReceiptInput,
} from "@cobuild/domain";
import type { RecordedEvent } from "@cobuild/event-store";
import type { Principal } from "../auth/principal.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readSupermarketEvent = eventReader(supermarketEvents);
const _readCommunityEvent = eventReader(communityEvents);
const _readUnitEvent = eventReader(unitEvents);
const _readResidentEvent = eventReader(residentEvents);

/**
 * Who a donation is recorded for: the community, and the donating unit when it is registered in that
 * community (so its liaison may record it). A unit of another community, or an unknown one, adds
 * nothing: only staff and keepers get as far as the decider's refusal.
 */
export const donationScope = (communityId: string, donorUnit: UnitState | undefined): ScopeRef =>
  donorUnit?.status === "registered" && donorUnit.unit.communityId === communityId
    ? { communityId, unitId: donorUnit.unit.unitId }
    : { communityId };

/** Who acted, as the board shows it: a person by the name their account shows, the platform by its job. */
const nameOf = (principal: Principal): string =>
  principal.kind === "user" ? principal.displayName : principal.name;

/** The love supermarket (爱心超市) of each community: one stream per community, independent of HTTP. */
export function supermarketService(deps: ServiceDeps) {
  const community = async (communityId: string) => (await deps.read.community(communityId)).state;
  const unit = async (unitId: string) => (await deps.read.unit(unitId)).state;
  const resident = deps.read.residentView;
  const withCommunity =
    (communityId: string) =>
    async (base: DecideContext): Promise<SupermarketDecideContext> => ({
      ...base,
      community: await community(communityId),
    });

  /** Every command acts on its community's stream; the stream is named by the community it serves. */
  const run = (
    communityId: string,
    command: SupermarketCommand,
    envelope: CommandEnvelope,
    action: Action,
    loadContext: (base: DecideContext) => Promise<SupermarketDecideContext> = async (base) => base,
    scope: (context: SupermarketDecideContext) => ScopeRef = () => ({ communityId }),
  ) =>
    runCommand(
      deps,
      {
        streamId: supermarketStream(communityId),
        decider: supermarketDecider,
        command,
        toDomainEvent: readSupermarketEvent,
        loadContext,
        access: { action, scope: (_state, context) => scope(context) },
      },
      envelope,
    );

  return {
    community,
    /** The supermarket folded from its stream, with the stream's revision and every event read. */
    supermarket: async (
      communityId: string,
    ): Promise<{ state: SupermarketState; revision: number; events: SupermarketEvent[] }> => {
      const recorded: RecordedEvent[] = await deps.store.readStream(supermarketStream(communityId));
      const events = recorded.map(readSupermarketEvent);
      const state = fold(supermarketDecider, events);
      return { state, revision: recorded.at(-1)?.revision ?? -1, events };
    },
    addItem: (data: AddItemInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "AddItem", data }, envelope, "AddItem", withCommunity(data.communityId)),
    changeMinimumStock: (data: ChangeMinimumStockInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "ChangeMinimumStock", data }, envelope, "ChangeMinimumStock"),
    setMonthlyLimit: (data: SetMonthlyLimitInput, envelope: CommandEnvelope) =>
      run(
        data.communityId,
        { type: "SetMonthlyLimit", data },
        envelope,
        "SetMonthlyLimit",
        withCommunity(data.communityId),
      ),
    /**
     * Whoever may record donations for the whole community (keepers, staff) takes a donation in at once;
     * someone admitted only over the donating unit (its liaison) announces it, and it waits for the
     * keeper. Both are checked as RecordDonation, over the unit when it is the donor.
     */
    recordDonation: async (data: RecordDonationInput, envelope: CommandEnvelope) => {
      const { communityId } = data;
      const takesIn = await deps.access.allows(envelope.principal, "RecordDonation", { communityId });
      return run(
        communityId,
        takesIn ? { type: "RecordDonation", data } : { type: "AnnounceDonation", data },
        envelope,
        "RecordDonation",
        async (base) => ({
          ...(await withCommunity(communityId)(base)),
          ...(data.donor.kind === "unit" ? { donorUnit: await unit(data.donor.unitId) } : {}),
        }),
        (context) => donationScope(communityId, context.donorUnit),
      );
    },
    /* Accepting, declining and voiding settle what the community took in: keepers and staff, not a liaison. */
    acceptDonation: (data: AcceptDonationInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "AcceptDonation", data }, envelope, "AcceptDonation"),
    declineDonation: (data: DeclineDonationInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "DeclineDonation", data }, envelope, "DeclineDonation"),
    voidReceipt: (data: VoidReceiptInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "VoidReceipt", data }, envelope, "VoidReceipt", async (base) => ({
        ...base,
        actorName: nameOf(envelope.principal),
      })),
    handOut: (data: HandOutInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "HandOut", data }, envelope, "HandOut", async (base) => ({
        ...base,
        // Always set, even to undefined: the decider tells "unknown resident" from "not loaded" by the key.
        resident: await resident(data.residentId),
      })),
    adjustStock: (data: AdjustStockInput, envelope: CommandEnvelope) =>
      run(data.communityId, { type: "AdjustStock", data }, envelope, "AdjustStock"),
  };
}
export type SupermarketService = ReturnType<typeof supermarketService>;
