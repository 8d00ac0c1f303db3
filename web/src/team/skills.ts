/**
 * Skills as typed in one box: separated by commas (either width), 顿号 or spaces; blanks dropped.
 * Duplicates are kept so the domain's schema can point at them.
 */
export const parseSkills = (text: string): string[] =>
  text
    .split(/[,，、;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
