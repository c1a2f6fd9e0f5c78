/**
 * The admin panel's translations of content types' names and field labels, from their views.
 *
 * The content manager shows a field's label as the message under `labelTranslationId`, with the
 * stored label (the shipped text or an editor's own wording from "Configure the view") as the
 * default. A language whose labels are given here shows them; a language given empty messages
 * shows the stored label — Strapi fills every language's gaps from the English messages, and an
 * empty message is what makes it fall back to the stored one instead. Type names are looked up by
 * the schema's displayName.
 */
import type { ContentTypeView } from './content-type-view';

/** The id under which the content manager's edit and list views look up a field's label. */
export const labelTranslationId = (uid: string, field: string) => `content-manager.content-types.${uid}.${field}`;

export interface TranslationChoice {
  /** The language the texts are stored in: the key a type's name is looked up under when the view gives no displayName. */
  readonly storedLanguage: string;
  /** Give the field labels of this language (true), or empty messages so the stored labels show (false). */
  readonly labels: boolean;
}

/** One admin language's messages for these views. A view without a text in the language adds none for it. */
export function viewTranslations(views: readonly ContentTypeView[], language: string, { storedLanguage, labels }: TranslationChoice): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const view of views) {
    const name = view.name[language];
    if (name !== undefined) messages[view.displayName ?? view.name[storedLanguage]] = name;
    for (const [field, { label }] of Object.entries(view.fields)) {
      if (!labels) messages[labelTranslationId(view.uid, field)] = '';
      else if (label[language] !== undefined) messages[labelTranslationId(view.uid, field)] = label[language];
    }
  }
  return messages;
}
