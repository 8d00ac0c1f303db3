import { defineStrings } from "../../i18n/define-strings.ts";

/** The audit trail page's strings. */
export const auditStrings = defineStrings(
  {
    "staff.audit.title": "操作记录",
    "staff.audit.intro": "本社区每一项登记、核实、修改和授权都留有记录：谁、何时、做了什么。记录只增不改。",
    "staff.audit.from": "开始日期",
    "staff.audit.to": "结束日期",
    "staff.audit.actor": "操作人",
    "staff.audit.unit": "单位",
    "staff.audit.type": "操作类型",
    "staff.audit.any": "全部",
    "staff.audit.export": "导出 CSV（Excel 可直接打开）",
    "staff.audit.list": "操作记录列表",
    "staff.audit.none": "所选时间和条件内没有操作记录。",
    "staff.audit.count": "{count} 条记录",
    "staff.audit.truncated": "只显示最新的 {count} 条，请缩小范围，或导出全部。",
    "staff.audit.system": "系统",
    "staff.audit.loading": "正在读取操作记录…",
    "staff.audit.failed": "读取失败：{message}",
  },
  {
    "staff.audit.title": "Audit trail",
    "staff.audit.intro":
      "Every registration, verification, change and grant in this community is on record: who, when and what. The record is never changed.",
    "staff.audit.from": "From",
    "staff.audit.to": "To",
    "staff.audit.actor": "Person",
    "staff.audit.unit": "Unit",
    "staff.audit.type": "Kind",
    "staff.audit.any": "Any",
    "staff.audit.export": "Export CSV (opens in Excel)",
    "staff.audit.list": "Audit entries",
    "staff.audit.none": "Nothing was recorded in this period with these filters.",
    "staff.audit.count": "{count} entries",
    "staff.audit.truncated": "Showing the newest {count}: narrow the filters, or export them all.",
    "staff.audit.system": "System",
    "staff.audit.loading": "Reading the audit trail…",
    "staff.audit.failed": "Could not read it: {message}",
  },
);
