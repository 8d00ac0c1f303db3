import {
  type Action,
  type AgreementDecideContext,
  type AgreementState,
  type AmendAgreementInput,
  agreementDecider,
  agreementEvents,
  agreementStream,
  type CorrectContributionInput,
  type DisputeContributionInput,
  type DraftAgreementInput,
  type ExpireAgreementInput,
  type LogContributionInput,
  notFound,
  type ScopeRef,
  type SignAgreementInput,
  type TerminateAgreementInput,
  type UnitState,
  type VerifyContributionInput,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";
import type { RegistryService } from "../registry/commands.ts";

const readAgreementEvent = eventReader(agreementEvents);

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
export function agreementService(deps: ServiceDeps, registry: RegistryService) {
  const run = <Command extends Parameters<typeof agreementDecider.decide>[0]>(
    agreementId: string,
    command: Command,
    envelope: CommandEnvelope,
    action: Action,
    unitId?: string,
    meetingId?: string,
  ) =>
    runCommand(
      deps,
      {
        streamId: agreementStream(agreementId),
        decider: agreementDecider,
        command,
        toDomainEvent: readAgreementEvent,
        loadContext: async (base): Promise<AgreementDecideContext> => ({
          ...base,
          ...(unitId ? { unit: (await registry.unit(unitId)).state } : {}),
          ...(meetingId ? { meeting: await deps.read.meetingView(meetingId) } : {}),
        }),
        access: {
          action,
          scope: (state, context) =>
            agreementScope(agreementId, state, "unit" in context ? context.unit : undefined),
        },
      },
      envelope,
    );

  return {
    /** The ids of a community's agreements (agreementId → unitId). */
    catalogue: async (communityId: string) => (await deps.catalogue(communityId)).agreements,
    agreement: (agreementId: string) =>
      loadState(deps.store, agreementStream(agreementId), agreementDecider, readAgreementEvent),
    draftAgreement: (data: DraftAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "DraftAgreement", data }, envelope, "DraftAgreement", data.unitId),
    signAgreement: (data: SignAgreementInput, envelope: CommandEnvelope) =>
      run(
        data.agreementId,
        { type: "SignAgreement", data },
        envelope,
        "SignAgreement",
        undefined,
        data.meetingId,
      ),
    logContribution: (data: LogContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "LogContribution", data }, envelope, "LogContribution"),
    amendAgreement: (data: AmendAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "AmendAgreement", data }, envelope, "AmendAgreement"),
    verifyContribution: (data: VerifyContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "VerifyContribution", data }, envelope, "VerifyContribution"),
    disputeContribution: (data: DisputeContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "DisputeContribution", data }, envelope, "DisputeContribution"),
    correctContribution: (data: CorrectContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "CorrectContribution", data }, envelope, "CorrectContribution"),
    terminateAgreement: (data: TerminateAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "TerminateAgreement", data }, envelope, "TerminateAgreement"),
    expireAgreement: (data: ExpireAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "ExpireAgreement", data }, envelope, "ExpireAgreement"),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
