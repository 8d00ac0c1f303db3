import {
  communityDecider,
  communityEvents,
  communityStream,
  notFound,
  type RegisterCommunityInput,
  type RegisterStreetInput,
  type RegisterUnitInput,
  streetDecider,
  streetEvents,
  streetStream,
  unitDecider,
  unitEvents,
  unitStream,
} from "@cobuild/domain";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readStreetEvent = eventReader(streetEvents);
const readCommunityEvent = eventReader(communityEvents);
const readUnitEvent = eventReader(unitEvents);

/** Streets, communities and resident units: the registry's commands and queries, independent of HTTP. */
export function registryService(deps: ServiceDeps) {
  const { street, community, unit } = deps.read;

  return {
    street,
    community,
    unit,
    /** A street joins when the platform is set up for it (an operator's act, not an HTTP route). */
    registerStreet: (data: RegisterStreetInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: streetStream(data.streetId),
          decider: streetDecider,
          command: { type: "RegisterStreet", data },
          toDomainEvent: readStreetEvent,
          access: { action: "RegisterCommunity", scope: () => ({ streetId: data.streetId }) },
        },
        envelope,
      ),
    registerCommunity: (data: RegisterCommunityInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: communityStream(data.communityId),
          decider: communityDecider,
          command: { type: "RegisterCommunity", data },
          toDomainEvent: readCommunityEvent,
          loadContext: async (base) => ({ ...base, street: (await street(data.streetId)).state }),
          access: {
            action: "RegisterCommunity",
            scope: (_state, { street }) => {
              if (street.status !== "registered") {
                throw notFound("street_not_found", `Street ${data.streetId} is not registered.`, "streetId");
              }
              return { streetId: data.streetId };
            },
          },
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
          access: { action: "RegisterUnit", scope: () => ({ communityId: data.communityId }) },
        },
        envelope,
      ),
  };
}
export type RegistryService = ReturnType<typeof registryService>;
