import {
  AgreementEvent,
  agreementDecider,
  agreementStream,
  type DraftAgreementInput,
  type LogContributionInput,
  type SignAgreementInput,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, type CommandRuntime, runCommand } from "../commands/run-command.ts";
import type { RegistryService } from "../registry/commands.ts";

const readAgreementEvent = eventReader(AgreementEvent);

/** Co-building agreements: drafting, signing and logging contributions, independent of HTTP. */
export function agreementService(deps: CommandRuntime, registry: RegistryService) {
  const run = <Command extends Parameters<typeof agreementDecider.decide>[0]>(
    agreementId: string,
    command: Command,
    envelope: CommandEnvelope,
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
      },
      envelope,
    );

  return {
    agreement: (agreementId: string) =>
      loadState(deps.store, agreementStream(agreementId), agreementDecider, readAgreementEvent),
    draftAgreement: (data: DraftAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "DraftAgreement", data }, envelope, data.unitId),
    signAgreement: (data: SignAgreementInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "SignAgreement", data }, envelope),
    logContribution: (data: LogContributionInput, envelope: CommandEnvelope) =>
      run(data.agreementId, { type: "LogContribution", data }, envelope),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
