import { AgreementEvent, EvaluationEvent, MeetingEvent, SupermarketEvent, UnitEvent } from "@cobuild/domain";
import { z } from "zod";
import type { ProjectedEvent } from "../projection.ts";

/** Every fact a unit's ledger reads: its registration, agreements, meetings, donations and evaluations. */
export const UnitLedgerEvent = z.discriminatedUnion("type", [
  ...UnitEvent.options,
  ...AgreementEvent.options,
  ...MeetingEvent.options,
  ...SupermarketEvent.options,
  ...EvaluationEvent.options,
]);
export type UnitLedgerEvent = z.infer<typeof UnitLedgerEvent>;

const ledgerEventTypes: ReadonlySet<string> = new Set(
  UnitLedgerEvent.options.map((option) => option.shape.type.value),
);

/** keysFor and project both ask about the same event object; parse it once. */
const parsedEvents = new WeakMap<ProjectedEvent, UnitLedgerEvent | null>();

/** Reads a stored event as one the ledger understands, or nothing (other contexts' events). */
export const unitLedgerEventOf = (event: ProjectedEvent): UnitLedgerEvent | undefined => {
  let parsed = parsedEvents.get(event);
  if (parsed === undefined) {
    // The type check first: most of the log is not about units, and a failed parse is not free.
    const result = ledgerEventTypes.has(event.type)
      ? UnitLedgerEvent.safeParse({ type: event.type, data: event.data })
      : undefined;
    parsed = result?.success ? result.data : null;
    parsedEvents.set(event, parsed);
  }
  return parsed ?? undefined;
};

/** The units whose ledger a fact touches: one decision may be assigned to several. */
export const unitsOf = (event: UnitLedgerEvent): string[] => {
  switch (event.type) {
    case "DecisionRecorded":
    case "DecisionDone":
      return [...new Set(event.data.assignedUnitIds)];
    case "DonationReceived":
      return event.data.donor.kind === "unit" ? [event.data.donor.unitId] : [];
    default:
      return "unitId" in event.data ? [event.data.unitId] : [];
  }
};
