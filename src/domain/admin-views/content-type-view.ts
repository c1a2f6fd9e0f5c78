/**
 * The kit's view types (packages/strapi-plugin-kit, admin-views/content-type-view.ts) in the app's
 * two languages, so each of the app's views is checked for German and English texts.
 */
import type { ContentTypeView as KitContentTypeView, FieldView as KitFieldView, Text as KitText } from '@mitwirken/strapi-plugin-kit/views';
import type { LocaleCode } from '../code-lists';

export type Text = KitText<LocaleCode>;
export type FieldView = KitFieldView<LocaleCode>;
export type ContentTypeView<Field extends string = string> = KitContentTypeView<Field, LocaleCode>;
