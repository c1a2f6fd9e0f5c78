/**
 * The app's use of the kit's view mechanism (packages/strapi-plugin-kit, admin-views/apply-view.ts):
 * its texts are stored in German, the language of its editors.
 */
import { applyView as applyKitView, type ContentManagerConfiguration, type ContentTypeView, type ViewApplication, type ViewContext } from '@mitwirken/strapi-plugin-kit/views';

export { assertViewFits, NOTHING_APPLIED, type AppliedView, type ViewApplication, type ViewContext } from '@mitwirken/strapi-plugin-kit/views';

/** The language the app's views are written into the content manager in. */
export const STORED_LANGUAGE = 'de';

export const applyView = (view: ContentTypeView, configuration: ContentManagerConfiguration, context: Omit<ViewContext, 'locale'> & { locale?: string }): ViewApplication =>
  applyKitView(view, configuration, { ...context, locale: context.locale ?? STORED_LANGUAGE });
