/**
 * What a command acts on or a query reads, as far as access is concerned. The API derives it from
 * stored state (never from what the client claims), then asks the policy whether the actor may act.
 */
export interface Scope {
  streetId: string;
  communityId?: string;
  unitId?: string;
  teamId?: string;
  personId?: string;
}

/** A scope before its street is known: the API looks the street up from the community. */
export type ScopeRef = { streetId: string } | (Omit<Scope, "streetId"> & { communityId: string });
