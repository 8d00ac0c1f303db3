import { isInServiceMember, type PersonState, type ResidentState } from "@cobuild/domain";

type RegisteredPerson = Extract<PersonState, { status: "registered" }>;
type RegisteredResident = Exclude<ResidentState, { status: "none" }>;

/**
 * A person as the API shows them to staff and to themself: optional fields as null so every reply has
 * the same shape, and the yearly evaluations (评议) as a list in year order.
 */
export function personView({ person, reportedOn, evaluations }: RegisteredPerson) {
  return {
    personId: person.personId,
    communityId: person.communityId,
    name: person.name,
    kind: person.kind,
    partyCategory: person.partyCategory ?? null,
    employerUnitId: person.employerUnitId ?? null,
    skills: person.skills,
    phone: person.phone ?? null,
    inService: isInServiceMember(person),
    reportedOn: reportedOn ?? null,
    evaluations: [...evaluations]
      .sort(([a], [b]) => a - b)
      .map(([year, evaluation]) => ({ year, ...evaluation })),
  };
}

/** A line of the community's roster of people: who they are and whether they reported in (报到). */
export function personSummary({ person, reportedOn }: RegisteredPerson) {
  return {
    personId: person.personId,
    name: person.name,
    kind: person.kind,
    partyCategory: person.partyCategory ?? null,
    reportedIn: reportedOn !== undefined,
  };
}

/**
 * A resident in need as the supermarket keeper sees them: enough to serve them at the counter, nothing
 * more personal (no address, no staff note, no reason for a revocation).
 */
export function residentSummary(state: RegisteredResident) {
  const { residentId, name, category, householdSize } = state.resident;
  return { residentId, name, category, householdSize, approved: state.status === "approved" };
}

/** A resident in need as community staff see them: the whole registration and where approval stands. */
export function residentView(state: RegisteredResident) {
  return {
    ...residentSummary(state),
    communityId: state.resident.communityId,
    address: state.resident.address ?? null,
    note: state.resident.note,
    status: state.status,
    approvedOn: state.status === "approved" ? state.approvedOn : null,
    revocation: state.status === "revoked" ? { revokedOn: state.revokedOn, reason: state.reason } : null,
  };
}

/**
 * Orders a list the way staff read it: by name, in pinyin order for Chinese names. The sort is stable, so
 * lists built in id order keep namesakes in id order.
 */
export const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, "zh-CN");
