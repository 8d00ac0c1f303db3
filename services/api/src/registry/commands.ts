import {
  CommunityEvent,
  communityDecider,
  communityStream,
  type RegisterCommunityInput,
  type RegisterUnitInput,
  UnitEvent,
  unitDecider,
  unitStream,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, type CommandRuntime, runCommand } from "../commands/run-command.ts";

const readCommunityEvent = eventReader(CommunityEvent);
const readUnitEvent = eventReader(UnitEvent);

/** Communities and resident units: the registry's commands and queries, independent of HTTP. */
export function registryService(deps: CommandRuntime) {
  const community = (communityId: string) =>
    loadState(deps.store, communityStream(communityId), communityDecider, readCommunityEvent);
  const unit = (unitId: string) => loadState(deps.store, unitStream(unitId), unitDecider, readUnitEvent);

  return {
    community,
    unit,
    registerCommunity: (data: RegisterCommunityInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: communityStream(data.communityId),
          decider: communityDecider,
          command: { type: "RegisterCommunity", data },
          toDomainEvent: readCommunityEvent,
        },
        envelope,
      ),
    registerUnit: (data: RegisterUnitInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: unitStream(data.unitId),
          decider: unitDecider,
          command: { type: "RegisterUnit", data },
          toDomainEvent: readUnitEvent,
          loadContext: async (base) => ({ ...base, community: (await community(data.communityId)).state }),
        },
        envelope,
      ),
  };
}
export type RegistryService = ReturnType<typeof registryService>;
