import type { ItemCategory, PostCategory, TeamCategory } from "@cobuild/domain";

/**
 * Guangming's volunteer teams, posts and love supermarket at the sizes the field reports give: 15 teams
 * of 380+ people (the "8+N" set plus seven of the community's own), 16 public-welfare posts, and a
 * supermarket that took 1,800+ donated garments and helped 200+ residents in need.
 */
export interface DemoTeam {
  teamId: string;
  category: TeamCategory;
  name: string;
  size: number;
}

export const GUANGMING_TEAMS: DemoTeam[] = [
  { teamId: "t-policy", category: "policy_outreach", name: "政策宣讲队", size: 24 },
  { teamId: "t-patrol", category: "joint_patrol", name: "义务联防队", size: 40 },
  { teamId: "t-mediation", category: "mediation", name: "民事调解队", size: 18 },
  { teamId: "t-elder", category: "home_elder_care", name: "居家养老服务队", size: 36 },
  { teamId: "t-repair", category: "appliance_repair", name: "家电维修队", size: 16 },
  { teamId: "t-clean", category: "environment", name: "环境整治队", size: 45 },
  { teamId: "t-legal", category: "legal_advice", name: "法律咨询队", size: 14 },
  { teamId: "t-health", category: "health_care", name: "医疗保健队", size: 26 },
  { teamId: "t-culture", category: "custom", name: "文体活动队", size: 30 },
  { teamId: "t-youth", category: "custom", name: "青少年关爱队", size: 20 },
  { teamId: "t-traffic", category: "custom", name: "文明交通劝导队", size: 22 },
  { teamId: "t-fire", category: "custom", name: "消防安全宣传队", size: 18 },
  { teamId: "t-green", category: "custom", name: "绿化养护队", size: 28 },
  { teamId: "t-help", category: "custom", name: "结对帮扶队", size: 32 },
  { teamId: "t-pets", category: "custom", name: "文明养犬劝导队", size: 12 },
];

export interface DemoPost {
  postId: string;
  category: PostCategory;
  name: string;
  places: number;
  area: string;
  /** Weekdays (Monday = 1) of a recurring post; a period post when absent. */
  weekdays?: number[];
  teamId: string;
}

export const GUANGMING_POSTS: DemoPost[] = [
  {
    postId: "p-patrol-1",
    category: "security_patrol",
    name: "治安巡逻岗（一片区）",
    places: 6,
    area: "第一居委会辖区",
    weekdays: [5, 6],
    teamId: "t-patrol",
  },
  {
    postId: "p-patrol-2",
    category: "security_patrol",
    name: "治安巡逻岗（二片区）",
    places: 6,
    area: "第二居委会辖区",
    weekdays: [6, 7],
    teamId: "t-patrol",
  },
  {
    postId: "p-patrol-3",
    category: "security_patrol",
    name: "治安巡逻岗（三片区）",
    places: 6,
    area: "第三居委会辖区",
    weekdays: [3, 6],
    teamId: "t-patrol",
  },
  {
    postId: "p-mediate",
    category: "dispute_mediation",
    name: "矛盾调解岗",
    places: 4,
    area: "社区调解室",
    weekdays: [2, 4],
    teamId: "t-mediation",
  },
  {
    postId: "p-elder-1",
    category: "elder_care",
    name: "关爱老弱岗（独居老人探访）",
    places: 8,
    area: "全社区",
    weekdays: [1, 3, 5],
    teamId: "t-elder",
  },
  {
    postId: "p-elder-2",
    category: "elder_care",
    name: "关爱老弱岗（助餐送餐）",
    places: 5,
    area: "老年食堂",
    weekdays: [1, 2, 3, 4, 5],
    teamId: "t-elder",
  },
  {
    postId: "p-jobs",
    category: "job_help",
    name: "帮助就业岗",
    places: 3,
    area: "社区就业服务站",
    weekdays: [3],
    teamId: "t-help",
  },
  {
    postId: "p-poverty",
    category: "poverty_relief",
    name: "帮贫济困岗",
    places: 6,
    area: "结对困难家庭",
    teamId: "t-help",
  },
  {
    postId: "p-legal",
    category: "legal_advice",
    name: "法律咨询岗",
    places: 3,
    area: "党群服务中心",
    weekdays: [6],
    teamId: "t-legal",
  },
  {
    postId: "p-family",
    category: "family_planning",
    name: "计生服务岗",
    places: 2,
    area: "社区卫生服务中心",
    weekdays: [2],
    teamId: "t-health",
  },
  {
    postId: "p-env-1",
    category: "environment",
    name: "环境卫生监督岗（楼院）",
    places: 8,
    area: "各楼院",
    weekdays: [6],
    teamId: "t-clean",
  },
  {
    postId: "p-env-2",
    category: "environment",
    name: "垃圾分类指导岗",
    places: 6,
    area: "垃圾分类投放点",
    weekdays: [1, 4],
    teamId: "t-clean",
  },
  {
    postId: "p-policy",
    category: "other",
    name: "政策宣讲岗",
    places: 4,
    area: "社区广场",
    weekdays: [7],
    teamId: "t-policy",
  },
  {
    postId: "p-youth",
    category: "other",
    name: "青少年课后托管岗",
    places: 4,
    area: "社区四点半课堂",
    weekdays: [1, 2, 3, 4, 5],
    teamId: "t-youth",
  },
  {
    postId: "p-traffic",
    category: "other",
    name: "文明交通劝导岗",
    places: 5,
    area: "光明路口",
    weekdays: [1, 5],
    teamId: "t-traffic",
  },
  {
    postId: "p-fire",
    category: "other",
    name: "消防安全巡查岗",
    places: 3,
    area: "高层住宅楼",
    teamId: "t-fire",
  },
];

export interface DemoItem {
  itemId: string;
  category: ItemCategory;
  name: string;
  unitOfMeasure: string;
  minimumStock: number;
}

export const SUPERMARKET_ITEMS: DemoItem[] = [
  { itemId: "coat", category: "clothing", name: "冬季棉衣", unitOfMeasure: "件", minimumStock: 30 },
  { itemId: "sweater", category: "clothing", name: "毛衣", unitOfMeasure: "件", minimumStock: 30 },
  { itemId: "trousers", category: "clothing", name: "长裤", unitOfMeasure: "条", minimumStock: 30 },
  { itemId: "kids-wear", category: "clothing", name: "儿童服装", unitOfMeasure: "件", minimumStock: 20 },
  { itemId: "rice", category: "grain_oil", name: "大米", unitOfMeasure: "袋(10kg)", minimumStock: 20 },
  { itemId: "flour", category: "grain_oil", name: "面粉", unitOfMeasure: "袋(5kg)", minimumStock: 15 },
  { itemId: "oil", category: "grain_oil", name: "食用油", unitOfMeasure: "桶(5L)", minimumStock: 15 },
  { itemId: "quilt", category: "daily_goods", name: "棉被", unitOfMeasure: "床", minimumStock: 10 },
  { itemId: "soap", category: "daily_goods", name: "洗衣液", unitOfMeasure: "瓶", minimumStock: 20 },
  { itemId: "milk", category: "food", name: "牛奶", unitOfMeasure: "箱", minimumStock: 10 },
  { itemId: "books", category: "books", name: "儿童读物", unitOfMeasure: "本", minimumStock: 20 },
  { itemId: "heater", category: "appliance", name: "电暖器", unitOfMeasure: "台", minimumStock: 3 },
];

/** Residents in need by category, about 210 in all. */
export const RESIDENT_GROUPS = [
  { category: "minimum_livelihood", count: 96 },
  { category: "elderly_alone", count: 62 },
  { category: "disabled", count: 40 },
  { category: "other", count: 12 },
] as const;
