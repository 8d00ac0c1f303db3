import type { CommitmentCategory, UnitKind } from "@cobuild/domain";

/**
 * Guangming community (光明社区) as the field reports describe it: 24 resident units with 226 in-service
 * members between them, and commitments on the scale the sources give (200+ trees, 5 flower beds,
 * 50+ truckloads of rubbish).
 */
export const GUANGMING = {
  communityId: "guangming",
  name: "光明社区",
  streetId: "dongfeng",
  street: "东风路街道",
  secretary: "王建国",
} as const;

export interface DemoCommitment {
  category: CommitmentCategory;
  description: string;
  target: number;
  unitOfMeasure: string;
  /** How far along the demo shows it, as a share of the target (0 = nothing logged yet). */
  progress: number;
}

export interface DemoUnit {
  name: string;
  kind: UnitKind;
  partyOrganisation: string;
  inServiceMembers: number;
  principal: string;
  /** Drafted but not yet signed at the joint meeting. */
  signed: boolean;
  commitments: DemoCommitment[];
}

const c = (
  category: CommitmentCategory,
  description: string,
  target: number,
  unitOfMeasure: string,
  progress: number,
): DemoCommitment => ({ category, description, target, unitOfMeasure, progress });

export const GUANGMING_UNITS: DemoUnit[] = [
  {
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 18,
    principal: "李红梅",
    signed: true,
    commitments: [
      c("resource_sharing", "周末向居民开放操场", 40, "次", 0.8),
      c("education", "困难家庭子女课后辅导", 60, "小时", 0.65),
    ],
  },
  {
    name: "光明中学",
    kind: "school",
    partyOrganisation: "光明中学党总支",
    inServiceMembers: 18,
    principal: "张卫东",
    signed: true,
    commitments: [
      c("education", "青少年暑期安全教育", 4, "场", 1),
      c("culture", "社区文艺汇演", 2, "场", 0.5),
    ],
  },
  {
    name: "区人民医院",
    kind: "hospital",
    partyOrganisation: "区人民医院党委",
    inServiceMembers: 24,
    principal: "陈志强",
    signed: true,
    commitments: [
      c("elder_care", "为高龄老人上门义诊", 12, "次", 0.75),
      c("elder_care", "健康知识讲座", 6, "场", 0.5),
    ],
  },
  {
    name: "区疾病预防控制中心",
    kind: "public_agency",
    partyOrganisation: "区疾控中心党支部",
    inServiceMembers: 12,
    principal: "刘芳",
    signed: true,
    commitments: [c("safety", "传染病防控知识宣传", 8, "场", 0.6)],
  },
  {
    name: "区气象局",
    kind: "public_agency",
    partyOrganisation: "区气象局党支部",
    inServiceMembers: 8,
    principal: "赵明",
    signed: true,
    commitments: [c("education", "气象防灾科普进社区", 6, "场", 0.5)],
  },
  {
    name: "区园林绿化管理所",
    kind: "public_agency",
    partyOrganisation: "区园林所党支部",
    inServiceMembers: 9,
    principal: "孙建华",
    signed: true,
    commitments: [
      c("environment", "小区补植树木", 200, "棵", 0.72),
      c("environment", "新建花坛", 5, "个", 0.6),
    ],
  },
  {
    name: "区环境卫生管理处",
    kind: "public_agency",
    partyOrganisation: "区环卫处党支部",
    inServiceMembers: 10,
    principal: "周勇",
    signed: true,
    commitments: [c("environment", "清运卫生死角垃圾", 50, "车", 0.9)],
  },
  {
    name: "光明派出所",
    kind: "public_agency",
    partyOrganisation: "光明派出所党支部",
    inServiceMembers: 11,
    principal: "吴刚",
    signed: true,
    commitments: [c("safety", "夜间联防巡逻", 120, "小时", 0.7), c("safety", "反诈骗宣传", 10, "场", 0.4)],
  },
  {
    name: "区市场监督管理局光明所",
    kind: "public_agency",
    partyOrganisation: "光明市场监管所党支部",
    inServiceMembers: 6,
    principal: "郑丽",
    signed: true,
    commitments: [c("safety", "食品安全进社区", 4, "场", 0.25)],
  },
  {
    name: "国家电网光明供电所",
    kind: "company",
    partyOrganisation: "光明供电所党支部",
    inServiceMembers: 9,
    principal: "王磊",
    signed: true,
    commitments: [c("elder_care", "孤寡老人家庭用电检修", 80, "户", 0.55)],
  },
  {
    name: "光明燃气有限公司",
    kind: "company",
    partyOrganisation: "光明燃气党支部",
    inServiceMembers: 7,
    principal: "冯涛",
    signed: true,
    commitments: [c("safety", "入户燃气安全检查", 300, "户", 0.62)],
  },
  {
    name: "中国银行光明支行",
    kind: "company",
    partyOrganisation: "中行光明支行党支部",
    inServiceMembers: 8,
    principal: "何静",
    signed: true,
    commitments: [
      c("donation", "捐建爱心超市物资", 20000, "元", 0.75),
      c("safety", "防范金融诈骗讲座", 4, "场", 0.5),
    ],
  },
  {
    name: "中国邮政光明支局",
    kind: "company",
    partyOrganisation: "光明邮政支局党支部",
    inServiceMembers: 5,
    principal: "许强",
    signed: false,
    commitments: [c("elder_care", "为独居老人代办邮件", 100, "件", 0)],
  },
  {
    name: "光明建筑工程有限公司",
    kind: "company",
    partyOrganisation: "光明建工党支部",
    inServiceMembers: 10,
    principal: "马超",
    signed: true,
    commitments: [c("environment", "修缮老旧楼道", 12, "个", 0.5), c("donation", "捐赠建材", 30000, "元", 1)],
  },
  {
    name: "光明物业服务中心",
    kind: "company",
    partyOrganisation: "光明物业党支部",
    inServiceMembers: 6,
    principal: "黄伟",
    signed: true,
    commitments: [c("environment", "楼道杂物清理", 45, "栋", 0.8)],
  },
  {
    name: "区图书馆",
    kind: "public_agency",
    partyOrganisation: "区图书馆党支部",
    inServiceMembers: 5,
    principal: "林晓",
    signed: true,
    commitments: [c("culture", "社区流动图书角", 2000, "册", 0.6)],
  },
  {
    name: "区文化馆",
    kind: "public_agency",
    partyOrganisation: "区文化馆党支部",
    inServiceMembers: 6,
    principal: "高洁",
    signed: true,
    commitments: [c("culture", "广场舞与书法培训", 24, "课时", 0.7)],
  },
  {
    name: "区税务局光明分局",
    kind: "public_agency",
    partyOrganisation: "光明税务分局党支部",
    inServiceMembers: 9,
    principal: "罗斌",
    signed: true,
    commitments: [c("resource_sharing", "开放会议室供社区使用", 30, "次", 0.5)],
  },
  {
    name: "光明幼儿园",
    kind: "school",
    partyOrganisation: "光明幼儿园党支部",
    inServiceMembers: 4,
    principal: "谢敏",
    signed: true,
    commitments: [c("education", "亲子阅读活动", 8, "场", 0.75)],
  },
  {
    name: "区中医院",
    kind: "hospital",
    partyOrganisation: "区中医院党总支",
    inServiceMembers: 14,
    principal: "宋平",
    signed: true,
    commitments: [c("elder_care", "中医理疗义诊", 10, "次", 0.6)],
  },
  {
    name: "区律师协会光明工作站",
    kind: "social_org",
    partyOrganisation: "律协光明工作站党小组",
    inServiceMembers: 5,
    principal: "唐宁",
    signed: true,
    commitments: [c("safety", "免费法律咨询", 48, "小时", 0.55)],
  },
  {
    name: "光明社区卫生服务中心",
    kind: "hospital",
    partyOrganisation: "社区卫生服务中心党支部",
    inServiceMembers: 7,
    principal: "韩梅",
    signed: true,
    commitments: [c("elder_care", "慢病老人随访", 150, "人次", 0.68)],
  },
  {
    name: "光明超市连锁有限公司",
    kind: "company",
    partyOrganisation: "光明超市党支部",
    inServiceMembers: 6,
    principal: "曹阳",
    signed: false,
    commitments: [c("donation", "向爱心超市捐赠米面油", 200, "份", 0)],
  },
  {
    name: "区青少年宫",
    kind: "public_agency",
    partyOrganisation: "区青少年宫党支部",
    inServiceMembers: 9,
    principal: "彭飞",
    signed: true,
    commitments: [c("culture", "少儿书画公益课", 20, "课时", 0.45)],
  },
];
