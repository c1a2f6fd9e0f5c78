import type { Core } from '@strapi/strapi';
import { isDeepStrictEqual } from 'util';
import { ADMIN_VIEWS, type ContentTypeView } from '../domain/admin-views';
import { applyView, type AppliedView, type ViewApplication } from '../domain/admin-views/apply-view';
import type { ContentManagerConfiguration } from '../domain/admin-views/content-manager-configuration';
import { FIELD_ACCESS, type FieldAccess } from '../domain/admin-views/field-access';

/** Where the app remembers, per content type, which texts and whether the layout were written. */
const STORE_KEY = 'admin-views';

/** The part of the content manager's `content-types` service used here (Strapi 5.54). */
interface ContentTypesService {
  findContentType(uid: string): { attributes: Record<string, unknown> } | undefined;
  findConfiguration(contentType: { uid: string }): Promise<ContentManagerConfiguration & { uid: string }>;
  updateConfiguration(contentType: { uid: string }, configuration: ContentManagerConfiguration): Promise<unknown>;
}

/** The same for components (`category.name`, no `::`), which the content manager configures apart. */
interface ComponentsService {
  findComponent(uid: string): { attributes: Record<string, unknown> } | undefined;
  findConfiguration(contentType: { uid: string }): Promise<ContentManagerConfiguration & { uid: string }>;
  updateConfiguration(contentType: { uid: string }, configuration: ContentManagerConfiguration): Promise<unknown>;
}

/** Per content type, what this start wrote for the first time (types with nothing new are left out). */
export type AdminViewsReport = Record<string, AppliedView>;

/**
 * Writes the admin views into the content manager's configuration. Runs in the app's bootstrap,
 * after the content manager synchronised its configurations with the schemas.
 */
export async function applyAdminViews(
  strapi: Core.Strapi,
  views: readonly ContentTypeView[] = ADMIN_VIEWS,
  access: Readonly<Record<string, FieldAccess>> = FIELD_ACCESS,
): Promise<AdminViewsReport> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const components = strapi.plugin('content-manager').service('components') as ComponentsService;
  const isComponent = (uid: string) => !uid.includes('::');
  const serviceFor = (uid: string) =>
    isComponent(uid)
      ? { find: (id: string) => components.findComponent(id), config: components }
      : { find: (id: string) => contentTypes.findContentType(id), config: contentTypes };
  const store = strapi.store({ type: 'core', name: 'mitwirken' });
  const remembered = ((await store.get({ key: STORE_KEY })) as Record<string, AppliedView> | null) ?? {};

  // Every view is checked before anything is written, so a faulty one leaves no half-applied set.
  const applications: Array<{ uid: string; current: ContentManagerConfiguration; result: ViewApplication }> = [];
  for (const view of views) {
    const service = serviceFor(view.uid);
    const model = service.find(view.uid);
    if (!model) throw new Error(`The admin view of ${view.uid} names a content type that does not exist`);
    const { settings, metadatas, layouts } = await service.config.findConfiguration({ uid: view.uid });
    const current = { settings, metadatas, layouts };
    const result = applyView(view, current, { fieldsOfType: Object.keys(model.attributes), applied: remembered[view.uid], access: access[view.uid] });
    applications.push({ uid: view.uid, current, result });
  }

  const report: AdminViewsReport = {};
  const nextRemembered = { ...remembered };
  for (const { uid, current, result } of applications) {
    if (!isDeepStrictEqual(result.configuration, current)) await serviceFor(uid).config.updateConfiguration({ uid }, result.configuration);
    nextRemembered[uid] = result.applied;
    if (result.written.layout || result.written.fields.length > 0) report[uid] = result.written;
  }
  if (!isDeepStrictEqual(nextRemembered, remembered)) await store.set({ key: STORE_KEY, value: nextRemembered });
  return report;
}
