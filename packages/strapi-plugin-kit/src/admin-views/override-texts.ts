/**
 * A host's own wording over a package's shipped view texts: per content type UID, the type's name
 * and any field's label, help text or placeholder, in any of its languages. Layouts stay the
 * package's (an editor changes them in "Configure the view"). Pure.
 */
import type { ContentTypeView, FieldView, Text } from './content-type-view';
import { isPlainObject } from '../merge';

type PartialText = Readonly<Partial<Record<string, string>>>;

export interface FieldTextOverride {
  readonly label?: PartialText;
  readonly description?: PartialText;
  readonly placeholder?: PartialText;
}

export type ViewTextOverrides = Readonly<Record<string, { readonly name?: PartialText; readonly fields?: Readonly<Record<string, FieldTextOverride>> }>>;

const TEXT_KEYS = ['label', 'description', 'placeholder'] as const;

const merged = (shipped: Text | undefined, override: PartialText | undefined): Text | undefined =>
  override ? ({ ...shipped, ...(Object.fromEntries(Object.entries(override).filter(([, text]) => text !== undefined)) as Text) } as Text) : shipped;

/** The views with the host's texts over the shipped ones. */
export function overrideViewTexts<View extends ContentTypeView>(views: readonly View[], overrides: ViewTextOverrides = {}): View[] {
  return views.map((view) => {
    const override = overrides[view.uid];
    if (!override) return view;
    const fields: Record<string, FieldView> = { ...view.fields };
    for (const [field, texts] of Object.entries(override.fields ?? {})) {
      const shipped: FieldView | undefined = fields[field];
      if (!shipped) continue;
      fields[field] = {
        label: merged(shipped.label, texts.label) as Text,
        description: merged(shipped.description, texts.description) as Text,
        ...(shipped.placeholder || texts.placeholder ? { placeholder: merged(shipped.placeholder, texts.placeholder) } : {}),
      };
    }
    return { ...view, name: merged(view.name, override.name) as Text, fields };
  });
}

/** What is wrong with overrides, one sentence each, naming where (`<prefix>.<uid>.fields.<field>.label`). */
export function viewTextProblems(views: readonly ContentTypeView[], overrides: unknown, prefix: string): string[] {
  if (overrides === undefined) return [];
  if (!isPlainObject(overrides)) return [`${prefix} must be an object keyed by content-type UID`];
  const problems: string[] = [];
  const isTexts = (value: unknown) => isPlainObject(value) && Object.values(value).every((text) => typeof text === 'string');
  for (const [uid, override] of Object.entries(overrides)) {
    const view = views.find((candidate) => candidate.uid === uid);
    if (!view) {
      problems.push(`${prefix}.${uid}: no admin view for this content type (known: ${views.map((known) => known.uid).join(', ')})`);
      continue;
    }
    if (!isPlainObject(override)) {
      problems.push(`${prefix}.${uid} must be an object with name and/or fields`);
      continue;
    }
    for (const key of Object.keys(override)) if (key !== 'name' && key !== 'fields') problems.push(`${prefix}.${uid}.${key} is unknown (name, fields)`);
    if (override.name !== undefined && !isTexts(override.name)) problems.push(`${prefix}.${uid}.name must be texts by language`);
    if (override.fields === undefined) continue;
    if (!isPlainObject(override.fields)) {
      problems.push(`${prefix}.${uid}.fields must be an object keyed by field`);
      continue;
    }
    for (const [field, texts] of Object.entries(override.fields)) {
      if (!(field in view.fields)) {
        problems.push(`${prefix}.${uid}.fields.${field}: the view has no such field`);
        continue;
      }
      if (!isPlainObject(texts)) {
        problems.push(`${prefix}.${uid}.fields.${field} must be an object with label, description and/or placeholder`);
        continue;
      }
      for (const [key, value] of Object.entries(texts)) {
        if (!(TEXT_KEYS as readonly string[]).includes(key)) problems.push(`${prefix}.${uid}.fields.${field}.${key} is unknown (${TEXT_KEYS.join(', ')})`);
        else if (!isTexts(value)) problems.push(`${prefix}.${uid}.fields.${field}.${key} must be texts by language`);
      }
    }
  }
  return problems;
}
