import {
  type MakePledgeInput,
  notFound,
  type PledgeCommand,
  type PledgeDecideContext,
  type PledgeState,
  pledgeDecider,
  pledgeEvents,
  pledgeStream,
  type RecordFulfilmentInput,
  type RejectFulfilmentInput,
  type ScopeRef,
  type StrikeOffPledgeInput,
  type WithdrawPledgeInput,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readPledgeEvent = eventReader(pledgeEvents);

/**
 * A pledge belongs to its community; a member's pledge also to the member, who may fulfil it. 404 when
 * there is none.
 */
export const pledgeScope = (state: PledgeState, pledgeId: string): ScopeRef => {
  if (state.status === "none") throw notFound("pledge_not_found", `Pledge ${pledgeId} does not exist.`);
  const { communityId, pledger } = state;
  return pledger.kind === "member" ? { communityId, personId: pledger.personId } : { communityId };
};

/** Pledges by everyone (承诺 · 践诺 · 销号): commands and queries, independent of HTTP. */
export function pledgeService(deps: ServiceDeps) {
  const pledge = (pledgeId: string) =>
    loadState(deps.store, pledgeStream(pledgeId), pledgeDecider, readPledgeEvent);

  /** Every command but MakePledge acts on an existing pledge, authorised by what is stored. */
  const run = (
    pledgeId: string,
    command: Exclude<PledgeCommand, { type: "MakePledge" }>,
    envelope: CommandEnvelope,
  ) =>
    runCommand(
      deps,
      {
        streamId: pledgeStream(pledgeId),
        decider: pledgeDecider,
        command,
        toDomainEvent: readPledgeEvent,
        access: { action: command.type, scope: (state) => pledgeScope(state, pledgeId) },
      },
      envelope,
    );

  return {
    pledge,
    makePledge: (data: MakePledgeInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: pledgeStream(data.pledgeId),
          decider: pledgeDecider,
          command: { type: "MakePledge", data },
          toDomainEvent: readPledgeEvent,
          loadContext: async (base): Promise<PledgeDecideContext> => ({
            ...base,
            community: (await deps.read.community(data.communityId)).state,
            ...(data.pledger.kind === "member"
              ? { person: (await deps.read.person(data.pledger.personId)).state }
              : {}),
          }),
          access: {
            action: "MakePledge",
            // A new pledge is judged in the community it names (404 when unregistered), and a member's
            // as theirs; an existing one where it really is.
            scope: (state) => {
              if (state.status !== "none") return pledgeScope(state, data.pledgeId);
              const { communityId, pledger } = data;
              return pledger.kind === "member"
                ? { communityId, personId: pledger.personId }
                : { communityId };
            },
          },
        },
        envelope,
      ),
    recordFulfilment: (data: RecordFulfilmentInput, envelope: CommandEnvelope) =>
      run(data.pledgeId, { type: "RecordFulfilment", data }, envelope),
    rejectFulfilment: (data: RejectFulfilmentInput, envelope: CommandEnvelope) =>
      run(data.pledgeId, { type: "RejectFulfilment", data }, envelope),
    strikeOff: (data: StrikeOffPledgeInput, envelope: CommandEnvelope) =>
      run(data.pledgeId, { type: "StrikeOffPledge", data }, envelope),
    withdraw: (data: WithdrawPledgeInput, envelope: CommandEnvelope) =>
      run(data.pledgeId, { type: "WithdrawPledge", data }, envelope),
  };
}
export type PledgesService = ReturnType<typeof pledgeService>;
