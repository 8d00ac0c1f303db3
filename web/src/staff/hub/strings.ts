import { defineStrings } from "../../i18n/define-strings.ts";

/** The setup hub's strings. */
export const hubStrings = defineStrings(
  {
    "staff.hub.title": "社区设置",
    "staff.hub.intro": "登记驻区单位、签订共驻共建协议、组织联席会议，并核实各单位报送的情况。",
    "staff.hub.verify": "核实审核",
    "staff.hub.verifyDetail": "待核实贡献 {contributions} 条 · 待审批时长 {hours} 条",
    "staff.hub.units": "驻区单位",
    "staff.hub.agreements": "共驻共建协议",
    "staff.hub.agreementsDetail": "已签订 {signed} · 草稿 {draft}",
    "staff.hub.meetings": "党建联席会议",
    "staff.hub.meetingsDetail": "即将召开 {upcoming} · 未办结事项 {open}",
    "staff.hub.teams": "志愿服务队",
    "staff.hub.posts": "公益岗位",
    "staff.hub.postsDetail": "开放中 {open}",
    "staff.hub.residents": "困难居民",
    "staff.hub.residentsDetail": "已审核 {approved}",
    "staff.hub.items": "爱心超市物品",
    "staff.hub.itemsDetail": "库存不足 {low}",
  },
  {
    "staff.hub.title": "Community setup",
    "staff.hub.intro":
      "Register resident units, sign co-building agreements, run joint meetings and verify what units report.",
    "staff.hub.verify": "Verification",
    "staff.hub.verifyDetail": "{contributions} contributions to verify · {hours} hour entries to approve",
    "staff.hub.units": "Resident units",
    "staff.hub.agreements": "Co-building agreements",
    "staff.hub.agreementsDetail": "{signed} signed · {draft} drafts",
    "staff.hub.meetings": "Joint meetings",
    "staff.hub.meetingsDetail": "{upcoming} upcoming · {open} open decisions",
    "staff.hub.teams": "Volunteer teams",
    "staff.hub.posts": "Service posts",
    "staff.hub.postsDetail": "{open} open",
    "staff.hub.residents": "Residents in need",
    "staff.hub.residentsDetail": "{approved} approved",
    "staff.hub.items": "Love supermarket items",
    "staff.hub.itemsDetail": "{low} low on stock",
  },
);
