import { accountsStrings } from "./accounts/strings.ts";
import { agreementsStrings } from "./agreements/strings.ts";
import { auditStrings } from "./audit/strings.ts";
import { hubStrings } from "./hub/strings.ts";
import { meetingsStrings } from "./meetings/strings.ts";
import { pledgesStrings } from "./pledges/strings.ts";
import { sharedStaffStrings } from "./shared/strings.ts";
import { unitsStrings } from "./units/strings.ts";
import { verifyStrings } from "./verify/strings.ts";

/** The staff pages' strings; keys start with "staff." (kept per slice); refusal messages are shared, in i18n/. */
export const staffStrings = {
  "zh-CN": {
    ...sharedStaffStrings["zh-CN"],
    ...hubStrings["zh-CN"],
    ...unitsStrings["zh-CN"],
    ...agreementsStrings["zh-CN"],
    ...meetingsStrings["zh-CN"],
    ...pledgesStrings["zh-CN"],
    ...verifyStrings["zh-CN"],
    ...accountsStrings["zh-CN"],
    ...auditStrings["zh-CN"],
  },
  en: {
    ...sharedStaffStrings.en,
    ...hubStrings.en,
    ...unitsStrings.en,
    ...agreementsStrings.en,
    ...meetingsStrings.en,
    ...pledgesStrings.en,
    ...verifyStrings.en,
    ...accountsStrings.en,
    ...auditStrings.en,
  },
};
