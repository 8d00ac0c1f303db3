import type { ProjectedEvent } from "../projection.ts";
import type { BoardOp } from "../protocol/ops.ts";
import type { AuditEntry } from "./board.ts";

type Fields = Record<string, unknown>;
export const textField = (data: Fields, field: string): string | undefined =>
  typeof data[field] === "string" ? (data[field] as string) : undefined;

const unitOf = (data: Fields): string | undefined => {
  const donor = data.donor as Fields | undefined;
  return textField(data, "unitId") ?? (donor ? textField(donor, "unitId") : undefined);
};

/** The UTC day an event is filed under. */
export const dayOf = (event: ProjectedEvent): string => event.occurredAt.slice(0, 10);

/** The one op every audit board takes per event: who, what, where, which unit; never the event's data. */
export const entryOps = (event: ProjectedEvent): BoardOp[] => {
  const entry: AuditEntry = {
    at: event.occurredAt,
    actor: event.actor ?? "unknown",
    type: event.type,
    stream: event.streamId,
  };
  const unitId = unitOf(event.data as Fields);
  if (unitId) entry.unitId = unitId;
  return [{ op: "set", path: ["entries", String(event.position)], value: entry }];
};
