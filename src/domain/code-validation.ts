import type { CodedFields } from './content-fields';

export interface FieldProblem {
  /** Attribute name, e.g. `goals`, or `goals[2]` for one element. */
  path: string;
  message: string;
  allowed?: readonly string[];
}

function listAllowed(allowed: readonly string[]): string {
  return allowed.join(', ');
}

/**
 * Checks the multi-valued code fields present in `data` (absent fields are left alone, so
 * partial updates pass). Single-valued enumerations are already checked by Strapi itself.
 */
export function findCodeProblems(data: Record<string, unknown>, fields: CodedFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, list] of Object.entries(fields.multiple)) {
    if (!(field in data)) continue;
    const value = data[field];
    if (value === null) continue;
    if (!Array.isArray(value)) {
      problems.push({
        path: field,
        message: `${field} must be an array of codes (allowed: ${listAllowed(list.codes)})`,
        allowed: list.codes,
      });
      continue;
    }
    const seen = new Set<string>();
    value.forEach((code, index) => {
      if (typeof code !== 'string' || !list.codes.includes(code)) {
        problems.push({
          path: `${field}[${index}]`,
          message: `${field}[${index}] is ${JSON.stringify(code)}; allowed: ${listAllowed(list.codes)}`,
          allowed: list.codes,
        });
      } else if (seen.has(code)) {
        problems.push({ path: `${field}[${index}]`, message: `${field} lists "${code}" twice` });
      } else {
        seen.add(code);
      }
    });
  }
  return problems;
}

/** Checks numeric ranges that span two attributes. */
export function findRangeProblems(
  data: Record<string, unknown>,
  ranges: ReadonlyArray<readonly [min: string, max: string]>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [minField, maxField] of ranges) {
    const min = data[minField];
    const max = data[maxField];
    if (typeof min === 'number' && typeof max === 'number' && max < min) {
      problems.push({ path: maxField, message: `${maxField} (${max}) must not be smaller than ${minField} (${min})` });
    }
  }
  return problems;
}
