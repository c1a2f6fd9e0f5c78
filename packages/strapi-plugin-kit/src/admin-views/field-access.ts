/**
 * Fields whose visibility and editability are rules, not preferences: they are enforced on every
 * start, whatever an editor configured in "Configure the view".
 */
export interface FieldAccess {
  /** Never shown in the edit view nor as a list column, and never editable. */
  readonly hidden?: readonly string[];
  /** Shown, but not editable in the admin. */
  readonly readOnly?: readonly string[];
}
