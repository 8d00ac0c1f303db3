import { AgreementEvent, EvaluationEvent, MeetingEvent, SupermarketEvent, UnitEvent } from "@cobuild/domain";
import { typesOf } from "../projection.ts";

/** Every fact a unit's ledger reads: its registration, agreements, meetings, donations and evaluations. */
export type UnitLedgerEvent = UnitEvent | AgreementEvent | MeetingEvent | SupermarketEvent | EvaluationEvent;

/** The event types the ledger handles. */
export const unitLedgerEventTypes: readonly UnitLedgerEvent["type"][] = [
  ...typesOf(UnitEvent.options),
  ...typesOf(AgreementEvent.options),
  ...typesOf(MeetingEvent.options),
  ...typesOf(SupermarketEvent.options),
  ...typesOf(EvaluationEvent.options),
];

/** The units whose ledger a fact touches: one decision may be assigned to several. */
export const unitsOf = (event: UnitLedgerEvent): string[] => {
  switch (event.type) {
    case "DecisionRecorded":
    case "DecisionDone":
      return [...new Set(event.data.assignedUnitIds)];
    case "DonationReceived":
    case "DonationAnnounced":
    case "DonationDeclined":
    case "ReceiptVoided":
      return event.data.donor.kind === "unit" ? [event.data.donor.unitId] : [];
    default:
      return "unitId" in event.data ? [event.data.unitId] : [];
  }
};
