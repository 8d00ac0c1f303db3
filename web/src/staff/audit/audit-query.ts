import { addDays } from "@cobuild/domain";

/** The audit page's filters as the user sets them; empty strings mean "any". */
export interface AuditFilters {
  from: string;
  to: string;
  actor: string;
  unitId: string;
  type: string;
}

/** The first week shown: the seven days up to today. */
export const lastWeek = (today: string): AuditFilters => ({
  from: addDays(today, -6),
  to: today,
  actor: "",
  unitId: "",
  type: "",
});

/** The API address for these filters, as a page (JSON) or as the CSV export. */
export function auditUrl(
  communityId: string,
  filters: AuditFilters,
  format: "json" | "csv" = "json",
): string {
  const query = new URLSearchParams();
  for (const key of ["from", "to", "actor", "unitId", "type"] as const) {
    if (filters[key] !== "") query.set(key, filters[key]);
  }
  if (format === "csv") query.set("format", "csv");
  return `/api/communities/${encodeURIComponent(communityId)}/audit?${query}`;
}

/** Who an actor is, for people: a name when the community's accounts know them, "system" for the platform. */
export const actorName = (
  actor: string,
  names: Readonly<Record<string, { displayName: string }>>,
  system: string,
): string => (actor.startsWith("system:") ? system : (names[actor]?.displayName ?? actor));
