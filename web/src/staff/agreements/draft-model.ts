import type { BoardAgreement } from "@cobuild/boards";
import type { CommitmentCategory } from "@cobuild/domain";

/** One commitment row as typed: everything is text until submitted. */
export interface CommitmentRow {
  commitmentId: string;
  category: CommitmentCategory | "";
  description: string;
  target: string;
  unitOfMeasure: string;
  dueDate: string;
}

/** A draft (or an amendment) as typed. */
export interface DraftForm {
  unitId: string;
  title: string;
  termStart: string;
  termEnd: string;
  commitments: CommitmentRow[];
}

/** A commitment id not yet used in the rows: "c1", "c2", … (unique within one agreement is enough). */
export function nextCommitmentId(rows: readonly CommitmentRow[]): string {
  const numbers = rows.map((r) => /^c(\d+)$/.exec(r.commitmentId)?.[1]).map((n) => Number(n ?? 0));
  return `c${Math.max(0, ...numbers) + 1}`;
}

/** An empty row, due at the end of the term unless changed. */
export const emptyRow = (rows: readonly CommitmentRow[], dueDate: string): CommitmentRow => ({
  commitmentId: nextCommitmentId(rows),
  category: "",
  description: "",
  target: "",
  unitOfMeasure: "",
  dueDate,
});

/**
 * A new draft's starting point: a calendar-year term (agreements run a year), for next year once the
 * year's last quarter has begun, since that is when next year's agreements are drafted.
 */
export function newDraftForm(today: string, unitId = ""): DraftForm {
  const year = Number(today.slice(0, 4)) + (today.slice(5, 7) >= "10" ? 1 : 0);
  const termEnd = `${year}-12-31`;
  return {
    unitId,
    title: "",
    termStart: `${year}-01-01`,
    termEnd,
    commitments: [emptyRow([], termEnd)],
  };
}

/** A draft on the board, as the form to amend it. */
export function formOfAgreement(agreement: BoardAgreement): DraftForm {
  return {
    unitId: agreement.unitId,
    title: agreement.title,
    termStart: agreement.termStart,
    termEnd: agreement.termEnd,
    commitments: Object.values(agreement.commitments).map((c) => ({
      commitmentId: c.commitmentId,
      category: c.category,
      description: c.description,
      target: String(c.targetQuantity),
      unitOfMeasure: c.unitOfMeasure,
      dueDate: c.dueDate,
    })),
  };
}

/** Blank text becomes absent (reported as required), anything else a number (NaN if not one). */
const quantityOf = (text: string): number | undefined => (text.trim() === "" ? undefined : Number(text));

const commitmentsOf = (form: DraftForm) =>
  form.commitments.map((r) => ({
    commitmentId: r.commitmentId,
    category: r.category === "" ? undefined : r.category,
    description: r.description,
    targetQuantity: quantityOf(r.target),
    unitOfMeasure: r.unitOfMeasure,
    dueDate: r.dueDate,
  }));

/** The body of DraftAgreement (POST /api/agreements). */
export const draftBody = (form: DraftForm, agreementId: string, communityId: string) => ({
  agreementId,
  communityId,
  unitId: form.unitId,
  title: form.title,
  termStart: form.termStart,
  termEnd: form.termEnd,
  commitments: commitmentsOf(form),
});

/** The body of AmendAgreement: the draft's whole new content; the parties stay as drafted. */
export const amendBody = (form: DraftForm, agreementId: string) => ({
  agreementId,
  title: form.title,
  termStart: form.termStart,
  termEnd: form.termEnd,
  commitments: commitmentsOf(form),
});

/** The fields a person must fill in, by dotted path, for the "required" message. */
export const requiredPaths = (form: DraftForm, withUnit: boolean): string[] => [
  ...(withUnit ? ["unitId"] : []),
  "title",
  "termStart",
  "termEnd",
  ...form.commitments.flatMap((_, i) =>
    ["category", "description", "targetQuantity", "unitOfMeasure", "dueDate"].map(
      (f) => `commitments.${i}.${f}`,
    ),
  ),
];
