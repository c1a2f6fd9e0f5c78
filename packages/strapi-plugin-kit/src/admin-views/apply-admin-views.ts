import type { Core } from '@strapi/strapi';
import { isDeepStrictEqual } from 'util';
import { applyView, type AppliedView, type ViewApplication } from './apply-view';
import type { ContentManagerConfiguration } from './content-manager-configuration';
import type { ContentTypeView } from './content-type-view';
import type { FieldAccess } from './field-access';

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

export interface AdminViewsOptions {
  /** The language whose texts are written (the others reach the admin as translations). */
  readonly locale: string;
  /** Where a view lacks a text in `locale`, the text in this language. */
  readonly fallbackLocale?: string;
  /** Per content type, the fields that are rules rather than preferences. */
  readonly access?: Readonly<Record<string, FieldAccess>>;
  /**
   * Where is remembered, per content type, which texts and whether the layout were written: a
   * `strapi.store` entry of the app (`core`) or of a plugin, under `key`.
   */
  readonly store: { readonly type: 'core' | 'plugin'; readonly name: string; readonly key: string };
}

/**
 * Writes admin views into the content manager's configuration. Runs in a bootstrap: the content
 * manager synchronises its configurations with the schemas in its own bootstrap, which Strapi runs
 * before the bootstraps of installed plugins and of the app.
 */
export async function applyAdminViews(strapi: Core.Strapi, views: readonly ContentTypeView[], options: AdminViewsOptions): Promise<AdminViewsReport> {
  const { locale, fallbackLocale, access = {} } = options;
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const components = strapi.plugin('content-manager').service('components') as ComponentsService;
  const isComponent = (uid: string) => !uid.includes('::');
  const serviceFor = (uid: string) =>
    isComponent(uid)
      ? { find: (id: string) => components.findComponent(id), config: components }
      : { find: (id: string) => contentTypes.findContentType(id), config: contentTypes };
  const store = strapi.store({ type: options.store.type, name: options.store.name });
  const remembered = ((await store.get({ key: options.store.key })) as Record<string, AppliedView> | null) ?? {};

  // Every view is checked before anything is written, so a faulty one leaves no half-applied set.
  const applications: Array<{ uid: string; current: ContentManagerConfiguration; result: ViewApplication }> = [];
  for (const view of views) {
    const service = serviceFor(view.uid);
    const model = service.find(view.uid);
    if (!model) throw new Error(`The admin view of ${view.uid} names a content type that does not exist`);
    const { settings, metadatas, layouts } = await service.config.findConfiguration({ uid: view.uid });
    const current = { settings, metadatas, layouts };
    const result = applyView(view, current, { fieldsOfType: Object.keys(model.attributes), applied: remembered[view.uid], access: access[view.uid], locale, fallbackLocale });
    applications.push({ uid: view.uid, current, result });
  }

  const report: AdminViewsReport = {};
  const nextRemembered = { ...remembered };
  for (const { uid, current, result } of applications) {
    if (!isDeepStrictEqual(result.configuration, current)) await serviceFor(uid).config.updateConfiguration({ uid }, result.configuration);
    nextRemembered[uid] = result.applied;
    if (result.written.layout || result.written.fields.length > 0) report[uid] = result.written;
  }
  if (!isDeepStrictEqual(nextRemembered, remembered)) await store.set({ key: options.store.key, value: nextRemembered });
  return report;
}
