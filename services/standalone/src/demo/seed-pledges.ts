import type { CommandEnvelope, Services } from "@cobuild/api";
import { addDays, MakePledgeInput, type Pledger } from "@cobuild/domain";
import { GUANGMING } from "./guangming.ts";

interface DemoPledge {
  pledger: Pledger;
  content: string;
  category: MakePledgeInput["category"];
  madeTo: MakePledgeInput["madeTo"];
  /** Days after the term's start that it falls due. */
  dueIn: number;
  /** What became of it: kept and struck off, kept and waiting for staff, or still open. */
  outcome: "struck_off" | "pending" | "open";
}

const PLEDGES: readonly DemoPledge[] = [
  {
    pledger: { kind: "committee" },
    content: "年内完成光明路老旧小区环境整治，清理楼道堆物",
    category: "environment",
    madeTo: "residents",
    dueIn: 120,
    outcome: "struck_off",
  },
  {
    pledger: { kind: "committee" },
    content: "每季度公开一次党务、居务和爱心超市收支",
    category: "service",
    madeTo: "residents",
    dueIn: 330,
    outcome: "open",
  },
  {
    pledger: { kind: "member", personId: "m-01-1" },
    content: "每月为辖区独居老人义务理发一次",
    category: "elderly",
    madeTo: "branch",
    dueIn: 150,
    outcome: "pending",
  },
  {
    pledger: { kind: "member", personId: "m-02-1" },
    content: "暑期为社区孩子开设两期安全教育课",
    category: "safety",
    madeTo: "branch",
    dueIn: 60,
    outcome: "struck_off",
  },
  {
    pledger: { kind: "member", personId: "r-1" },
    content: "组织老年合唱队参加街道文艺汇演",
    category: "culture",
    madeTo: "branch",
    dueIn: 100,
    outcome: "open",
  },
  {
    pledger: { kind: "cadre", name: "东风路街道 王主任" },
    content: "协调解决光明小区停车难问题",
    category: "service",
    madeTo: "street",
    dueIn: 300,
    outcome: "open",
  },
];

/**
 * A few pledges (承诺) by the two committees, members and a street cadre, made in the term's first
 * week: some kept and struck off (销号), one waiting for staff to verify, the rest open (one overdue).
 */
export async function seedPledges(
  services: Services,
  envelope: CommandEnvelope,
  termStart: string,
  today: string,
) {
  const madeOn = addDays(termStart, 3);
  for (const [index, pledge] of PLEDGES.entries()) {
    const pledgeId = `gm-pledge-${index + 1}`;
    const { outcome, dueIn, ...rest } = pledge;
    await services.pledges.makePledge(
      MakePledgeInput.parse({
        ...rest,
        pledgeId,
        communityId: GUANGMING.communityId,
        dueOn: addDays(termStart, dueIn),
        madeOn,
      }),
      envelope,
    );
    if (outcome === "open") continue;
    // Ten days before it fell due, or today if that is still ahead, never before it was made.
    const [, doneOn = today] = [madeOn, [addDays(termStart, dueIn - 10), today].sort()[0] ?? today].sort();
    await services.pledges.recordFulfilment(
      {
        pledgeId,
        fulfilmentId: "f1",
        doneOn,
        evidence: "已完成，见活动照片和签到表",
      },
      envelope,
    );
    if (outcome === "struck_off") await services.pledges.strikeOff({ pledgeId }, envelope);
  }
}
