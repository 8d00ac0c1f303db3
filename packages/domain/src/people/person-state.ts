import { updatableMap } from "../shared/fold-ownership.ts";
import type { PersonView } from "../shared/views.ts";
import type { MemberEvaluatedData, PersonEvent, PersonRegisteredData } from "./person-events.ts";

/** One year's evaluation as the person's stream remembers it. */
export type MemberEvaluation = Pick<MemberEvaluatedData, "grade" | "comment" | "evaluatedOn">;

/**
 * A person's stream folded. `person` holds `personId` and `communityId` (the residential community),
 * which is what the API needs to decide who may act on this person.
 */
export type PersonState =
  | { status: "none" }
  | {
      status: "registered";
      person: PersonRegisteredData;
      /** When the member reported in (报到); undefined until they do. */
      reportedOn: string | undefined;
      /** Evaluations by year. A Map keyed by number, so years stay numbers and in insertion order. */
      evaluations: ReadonlyMap<number, MemberEvaluation>;
    };

export const initialPersonState: PersonState = { status: "none" };

/** True for a party member in service (在职党员): the only people who report in. */
export const isInServiceMember = (person: PersonRegisteredData): boolean =>
  person.kind === "party_member" && person.partyCategory === "in_service";

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolvePerson = (state: PersonState, event: PersonEvent): PersonState => {
  switch (event.type) {
    case "PersonRegistered":
      return { status: "registered", person: event.data, reportedOn: undefined, evaluations: new Map() };
    case "MemberReportedIn":
      if (state.status !== "registered") return state;
      return { ...state, reportedOn: event.data.reportedOn };
    case "MemberEvaluated": {
      if (state.status !== "registered") return state;
      const { year, grade, comment, evaluatedOn } = event.data;
      const evaluations = updatableMap(state.evaluations).set(year, { grade, comment, evaluatedOn });
      return { ...state, evaluations };
    }
  }
};

/** What other contexts (teams, posts) may know of a person; undefined when never registered. */
export const toPersonView = (state: PersonState): PersonView | undefined => {
  if (state.status === "none") return undefined;
  const { person, reportedOn } = state;
  return {
    personId: person.personId,
    communityId: person.communityId,
    name: person.name,
    inService: isInServiceMember(person),
    reportedIn: reportedOn !== undefined,
  };
};
