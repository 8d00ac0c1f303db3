import type { CommandEnvelope, Services } from "@cobuild/api";
import { addDays, RegisterPersonInput, ReportInInput } from "@cobuild/domain";
import { GUANGMING, GUANGMING_UNITS } from "./guangming.ts";
import { demoName } from "./names.ts";
import { inParallel } from "./parallel.ts";

export interface DemoPerson {
  personId: string;
  inService: boolean;
  reportedIn: boolean;
}

/** Party members who live in Guangming but are not in service, and other volunteers. */
const OTHERS = [
  { prefix: "r", kind: "party_member", partyCategory: "retired", count: 60 },
  { prefix: "w", kind: "party_member", partyCategory: "without_post", count: 30 },
  { prefix: "h", kind: "party_member", partyCategory: "resident", count: 42 },
  { prefix: "a", kind: "activist", count: 20 },
  { prefix: "v", kind: "resident_volunteer", count: 60 },
] as const;

const SKILLS = ["水电维修", "法律", "医疗护理", "心理疏导", "书法", "摄影", "电脑", "驾驶", "烹饪", "文艺"];

/**
 * Every unit's in-service members (226, 在职党员), four in five of whom have reported in (报到), plus
 * 132 self-managed party members and 80 activists and resident volunteers: the people teams and posts
 * draw on.
 */
export async function seedPeople(services: Services, envelope: CommandEnvelope, termStart: string) {
  const { communityId } = GUANGMING;
  const people: (RegisterPersonInput & { reportIn: boolean })[] = [];
  let n = 0;
  for (const [index, unit] of GUANGMING_UNITS.entries()) {
    const u = String(index + 1).padStart(2, "0");
    for (let k = 1; k <= unit.inServiceMembers; k++) {
      people.push({
        ...RegisterPersonInput.parse({
          personId: `m-${u}-${k}`,
          communityId,
          name: demoName(++n),
          kind: "party_member",
          partyCategory: "in_service",
          employerUnitId: `gm-u${u}`,
          skills: n % 4 === 0 ? [SKILLS[n % SKILLS.length]] : [],
        }),
        reportIn: n % 5 !== 0,
      });
    }
  }
  for (const group of OTHERS) {
    for (let k = 1; k <= group.count; k++) {
      people.push({
        ...RegisterPersonInput.parse({
          personId: `${group.prefix}-${k}`,
          communityId,
          name: demoName(++n),
          kind: group.kind,
          ...("partyCategory" in group ? { partyCategory: group.partyCategory } : {}),
          skills: n % 3 === 0 ? [SKILLS[n % SKILLS.length]] : [],
        }),
        reportIn: false,
      });
    }
  }
  await inParallel(people, 16, async ({ reportIn, ...person }, i) => {
    await services.people.registerPerson(person, envelope);
    if (reportIn) {
      const reportedOn = addDays(termStart, 3 + (i % 40));
      await services.people.reportIn(
        ReportInInput.parse({ personId: person.personId, reportedOn }),
        envelope,
      );
    }
  });
  return people.map(
    (p): DemoPerson => ({
      personId: p.personId,
      inService: p.partyCategory === "in_service",
      reportedIn: p.reportIn,
    }),
  );
}
