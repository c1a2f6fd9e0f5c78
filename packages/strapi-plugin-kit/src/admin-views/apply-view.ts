/**
 * Decides what an admin view writes into the content manager's configuration of its type.
 *
 * Shipped once, then the editor's choice wins: a field's texts are written the first time the
 * field is seen, the layout (edit rows, list columns, main field, default sort) the first time the
 * type is seen. What was written is remembered (`AppliedView`), so a label or layout an editor
 * changed later survives every restart, and a field added later still gets its texts.
 * The field access rules are no preference and are enforced every time.
 */
import type { ContentManagerConfiguration, FieldMetadata } from './content-manager-configuration';
import type { ContentTypeView } from './content-type-view';
import type { FieldAccess } from './field-access';

const ROW_WIDTH = 12;

/** What was written for a content type on earlier starts. */
export interface AppliedView {
  /** Fields whose label, description and placeholder were written; the editor owns them since. */
  readonly fields: readonly string[];
  /** Whether the edit rows, list columns, main field and default sort were written. */
  readonly layout: boolean;
}

export const NOTHING_APPLIED: AppliedView = { fields: [], layout: false };

export interface ViewApplication {
  readonly configuration: ContentManagerConfiguration;
  readonly applied: AppliedView;
  /** What this application wrote for the first time. */
  readonly written: AppliedView;
}

export interface ViewContext {
  /** The attributes the content manager knows for the type (its model, timestamps included). */
  readonly fieldsOfType: readonly string[];
  readonly applied?: AppliedView;
  readonly access?: FieldAccess;
  /**
   * The language of the stored texts (the others reach the admin as translations). A text the view
   * lacks in it is taken from `fallbackLocale`.
   */
  readonly locale: string;
  readonly fallbackLocale?: string;
}

/** Every field a view names, wherever it names it. */
function namedFields(view: ContentTypeView, access: FieldAccess): string[] {
  return [
    ...Object.keys(view.fields),
    ...view.edit.flatMap((row) => row.map(([field]) => field)),
    ...view.list,
    ...(view.mainField ? [view.mainField] : []),
    ...(view.defaultSortBy ? [view.defaultSortBy] : []),
    ...(access.hidden ?? []),
    ...(access.readOnly ?? []),
  ];
}

/**
 * A view that names a field its type lacks, or a row wider than the grid, is a programming error:
 * it fails the start (and the unit tests) instead of writing half a configuration.
 */
export function assertViewFits(view: ContentTypeView, fieldsOfType: readonly string[], access: FieldAccess = {}): void {
  const unknown = [...new Set(namedFields(view, access).filter((field) => !fieldsOfType.includes(field)))];
  if (unknown.length > 0) {
    throw new Error(`The admin view of ${view.uid} names fields the content type does not have: ${unknown.join(', ')}`);
  }
  const tooWide = view.edit.filter((row) => row.reduce((width, [, size]) => width + size, 0) > ROW_WIDTH);
  if (tooWide.length > 0) {
    throw new Error(`The admin view of ${view.uid} has rows wider than ${ROW_WIDTH}: ${tooWide.map((row) => row.map(([field]) => field).join(' + ')).join('; ')}`);
  }
}

function withEdit(metadata: FieldMetadata | undefined, edit: FieldMetadata['edit']): FieldMetadata {
  return { edit: { ...metadata?.edit, ...edit }, list: { ...metadata?.list } };
}

export function applyView(view: ContentTypeView, configuration: ContentManagerConfiguration, context: ViewContext): ViewApplication {
  const { fieldsOfType, applied = NOTHING_APPLIED, access = {}, locale, fallbackLocale = locale } = context;
  const inLocale = (text: Readonly<Record<string, string>> | undefined): string | undefined => text?.[locale] ?? text?.[fallbackLocale];
  assertViewFits(view, fieldsOfType, access);

  const metadatas: Record<string, FieldMetadata> = { ...configuration.metadatas };
  const newFields = Object.keys(view.fields).filter((field) => !applied.fields.includes(field));
  for (const field of newFields) {
    const { label, description, placeholder } = view.fields[field];
    const current = metadatas[field];
    metadatas[field] = {
      edit: { ...current?.edit, label: inLocale(label), description: inLocale(description), placeholder: inLocale(placeholder) ?? '' },
      list: { ...current?.list, label: inLocale(label) },
    };
  }

  let { settings, layouts } = configuration;
  if (!applied.layout) {
    layouts = { ...layouts, edit: view.edit.map((row) => row.map(([name, size]) => ({ name, size }))), list: [...view.list] };
    settings = {
      ...settings,
      ...(view.mainField ? { mainField: view.mainField } : {}),
      ...(view.defaultSortBy ? { defaultSortBy: view.defaultSortBy, defaultSortOrder: view.defaultSortOrder ?? 'ASC' } : {}),
    };
  }

  for (const field of access.readOnly ?? []) metadatas[field] = withEdit(metadatas[field], { editable: false });
  const hidden = access.hidden ?? [];
  for (const field of hidden) metadatas[field] = withEdit(metadatas[field], { visible: false, editable: false });
  if (hidden.length > 0) {
    layouts = {
      ...layouts,
      edit: layouts.edit.map((row) => row.filter((cell) => !hidden.includes(cell.name))).filter((row) => row.length > 0),
      list: layouts.list.filter((field) => !hidden.includes(field)),
    };
  }

  return {
    configuration: { ...configuration, settings, metadatas, layouts },
    applied: { fields: [...applied.fields, ...newFields], layout: true },
    written: { fields: newFields, layout: !applied.layout },
  };
}
