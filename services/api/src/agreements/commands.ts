import {
  type Action,
  AgreementEvent,
  type AgreementState,
  agreementDecider,
  agreementStream,
  type DraftAgreementInput,
  type LogContributionInput,
  notFound,
  type ScopeRef,
  type SignAgreementInput,
  type UnitState,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, type CommandRuntime, runCommand } from "../commands/run-command.ts";
import type { RegistryService } from "../registry/commands.ts";

const readAgreementEvent = eventReader(AgreementEvent);

/**
 * What an agreement command acts on: the stored agreement's community and unit, or, for a draft, the
 * unit as registered (its own community, not whatever the request claims).
 */
export function agreementScope(agreementId: string, state: AgreementState, unit?: UnitState): ScopeRef {
  if (state.status !== "none") {
    const { communityId, unitId } = state.agreement;
    return { communityId, unitId };
  }
  if (unit?.status === "registered") return { communityId: unit.unit.communityId, unitId: unit.unit.unitId };
  throw notFound(
    unit ? "unit_not_found" : "agreement_not_found",
    unit ? "The unit is not registered." : `Agreement ${agreementId} does not exist.`,
    unit ? "unitId" : undefined,
  );
}

/** Co-building agreements: drafting, signing and logging contributions, independent of HTTP. */
export function agreementService(deps: CommandRuntime, registry: RegistryService) {
  const run = <Command extends Parameters<typeof agreementDecider.decide>[0]>(
    agreementId: string,
    command: Command,
    envelope: CommandEnvelope,
    action: Action,
    unitId?: string,
  ) =>
    runCommand(
      deps,
      {
        streamId: agreementStream(agreementId),
        decider: agreementDecider,
        command,
        toDomainEvent: readAgreementEvent,
        loadContext: async (base) => (unitId ? { ...base, unit: (await registry.unit(unitId)).state } : base),
        access: {
          action,
          scope: (state, context) =>
            agreementScope(agreementId, state, "unit" in context ? context.unit : undefined),
        },
      },
      envelope,
    );

  return {
    agreement: (agreementId: string) =>
      loadState(deps.store, agreementStream(agreementId), agreementDecider, readAgreementEvent),
    draftAgreement: (data: DraftAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "DraftAgreement", data }, envelope, "DraftAgreement", data.unitId),
    signAgreement: (data: SignAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "SignAgreement", data }, envelope, "SignAgreement"),
    logContribution: (data: LogContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "LogContribution", data }, envelope, "LogContribution"),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
