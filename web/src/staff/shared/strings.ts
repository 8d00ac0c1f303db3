import { defineStrings } from "../../i18n/define-strings.ts";

/**
 * Strings every staff page shares, and refusals the staff forms can meet that the shared messages do
 * not word yet (`error.<code>`).
 */
export const sharedStaffStrings = defineStrings(
  {
    "staff.frame.crumbs": "位置",
    "staff.frame.loading": "正在读取社区数据…",
    "staff.frame.missing": "没有找到这个社区。",
    "staff.frame.notAllowed": "您无权管理这个社区：只有本社区的工作人员或街道管理员可以使用此页面。",
    "staff.frame.notStaff": "只有{community}的社区工作人员或街道管理员可以使用此页面。",
    "staff.common.cancel": "取消",
    "staff.common.choose": "请选择",
    "staff.common.close": "收起",
    "staff.common.loading": "正在读取…",
  },
  {
    "staff.frame.crumbs": "Breadcrumb",
    "staff.frame.loading": "Loading the community…",
    "staff.frame.missing": "No such community.",
    "staff.frame.notAllowed":
      "You may not run this community's setup: only its staff or the street administrator can use this page.",
    "staff.frame.notStaff":
      "Only the community staff of {community} or the street administrator can use this page.",
    "staff.common.cancel": "Cancel",
    "staff.common.choose": "Choose…",
    "staff.common.close": "Close",
    "staff.common.loading": "Loading…",
  },
);
