/**
 * How a content type looks in the admin's content manager: the label, help text and placeholder of
 * every field in each language the view speaks, the order of the edit view and the columns of the
 * list view.
 *
 * Pure data: one language's texts are written into the content manager's configuration on start
 * (apply-admin-views.ts), the others reach the admin panel as translations (translations.ts).
 */

/** One text in several languages, by language code (`de`, `en`, …). */
export type Text<Language extends string = string> = Readonly<Record<Language, string>>;

export interface FieldView<Language extends string = string> {
  readonly label: Text<Language>;
  /** One line: what belongs in the field, with the unit or scale where one applies. */
  readonly description: Text<Language>;
  readonly placeholder?: Text<Language>;
}

export interface ContentTypeView<Field extends string = string, Language extends string = string> {
  readonly uid: string;
  /** The type's name in the admin, per language. */
  readonly name: Text<Language>;
  /**
   * The schema's displayName when it differs from the name in the language the texts are stored
   * in: the admin looks a type's name up under its displayName (a plugin's types carry neutral
   * English names there).
   */
  readonly displayName?: string;
  readonly fields: Readonly<Record<Field, FieldView<Language>>>;
  /** Edit view rows in the order an editor thinks; the widths of a row add up to at most 12. */
  readonly edit: ReadonlyArray<ReadonlyArray<readonly [Field, number]>>;
  /** List view columns, left to right. */
  readonly list: readonly Field[];
  /** The field that names an entry in lists and relation pickers. */
  readonly mainField?: Field;
  readonly defaultSortBy?: Field;
  readonly defaultSortOrder?: 'ASC' | 'DESC';
}
