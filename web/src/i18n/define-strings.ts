/**
 * One feature's strings in both languages. English must have exactly the Chinese keys, so a string
 * added in one language and forgotten in the other does not compile.
 */
export const defineStrings = <const Zh extends Record<string, string>>(
  zh: Zh,
  en: { [Key in keyof Zh]: string },
): { "zh-CN": Zh; en: { [Key in keyof Zh]: string } } => ({ "zh-CN": zh, en });
