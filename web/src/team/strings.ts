import { defineStrings } from "../i18n/define-strings.ts";
import { commonStrings } from "./strings-common.ts";
import { postsStrings } from "./strings-posts.ts";
import { setupStrings } from "./strings-setup.ts";
import { teamPageStrings } from "./strings-team.ts";

/** The team pages' strings; keys start with "team.". */
export const teamStrings = defineStrings(
  {
    ...commonStrings["zh-CN"],
    ...teamPageStrings["zh-CN"],
    ...postsStrings["zh-CN"],
    ...setupStrings["zh-CN"],
  },
  { ...commonStrings.en, ...teamPageStrings.en, ...postsStrings.en, ...setupStrings.en },
);
