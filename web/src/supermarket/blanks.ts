/**
 * The fields left empty, each with the given "required" message. Checked before the schema, because the
 * schema reports an empty text or choice as "too small", which reads like a number error.
 */
export const blankFields = <Field extends string>(
  values: Record<Field, string>,
  message: string,
): Partial<Record<Field, string>> => {
  const out: Partial<Record<Field, string>> = {};
  for (const [field, value] of Object.entries(values) as [Field, string][]) {
    if (value.trim() === "") out[field] = message;
  }
  return out;
};

/** True when no field was reported. */
export const noneBlank = (blanks: Partial<Record<string, string>>): boolean =>
  Object.values(blanks).every((v) => v === undefined);
