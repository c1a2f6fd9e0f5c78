/**
 * How a content type looks in the admin's content manager: the label, help text and placeholder of
 * every field in German and English, the order of the edit view and the columns of the list view.
 *
 * Pure data: the app writes the German texts into the content manager's configuration on start
 * (src/bootstrap/admin-views.ts) and hands the English labels to the admin panel as translations.
 */
import type { LocaleCode } from '../code-lists';

export type Text = Readonly<Record<LocaleCode, string>>;

export interface FieldView {
  readonly label: Text;
  /** One line: what belongs in the field, with the unit or scale where one applies. */
  readonly description: Text;
  readonly placeholder?: Text;
}

export interface ContentTypeView<Field extends string = string> {
  readonly uid: string;
  /** The type's name in the admin; for the app's own types the German one is the schema's displayName. */
  readonly name: Text;
  /**
   * The schema's displayName when it is not the German name: the plugins' types carry neutral
   * English names, and the admin looks a type's name up under its displayName.
   */
  readonly displayName?: string;
  readonly fields: Readonly<Record<Field, FieldView>>;
  /** Edit view rows in the order an editor thinks; the widths of a row add up to at most 12. */
  readonly edit: ReadonlyArray<ReadonlyArray<readonly [Field, number]>>;
  /** List view columns, left to right. */
  readonly list: readonly Field[];
  /** The field that names an entry in lists and relation pickers. */
  readonly mainField?: Field;
  readonly defaultSortBy?: Field;
  readonly defaultSortOrder?: 'ASC' | 'DESC';
}
