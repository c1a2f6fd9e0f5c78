import { applyAdminViews } from '../../src/bootstrap/admin-views';
import { PARTICIPATION_FORMAT } from '../../src/content-types';
import { ADMIN_VIEWS } from '../../src/domain/admin-views';
import type { AppliedView } from '../../src/domain/admin-views/apply-view';
import type { ContentManagerConfiguration } from '../../src/domain/admin-views/content-manager-configuration';
import { MAILING, POOL_ADMIN_VIEWS, SUBSCRIBER, applyPoolAdminViews } from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('admin-views');
});

afterAll(async () => {
  await app?.stop();
});

interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<ContentManagerConfiguration>;
  updateConfiguration(contentType: { uid: string }, configuration: ContentManagerConfiguration): Promise<unknown>;
  syncConfigurations(): Promise<void>;
}

const contentTypes = () => app.strapi.plugin('content-manager').service('content-types') as ContentTypesService;

async function configurationOf(uid: string): Promise<ContentManagerConfiguration> {
  const { settings, metadatas, layouts } = await contentTypes().findConfiguration({ uid });
  return { settings, metadatas, layouts };
}

/**
 * What happens to every configuration when the app starts again: the content manager synchronises
 * them, the pool plugin applies its types' views in its bootstrap, the app its own in its bootstrap.
 * The app's report.
 */
const restart = async () => {
  await contentTypes().syncConfigurations();
  expect(await applyPoolAdminViews(app.strapi)).toEqual({});
  return applyAdminViews(app.strapi);
};

/** Every view the admin shows: the app's and the pool plugin's. */
const ALL_VIEWS = [...ADMIN_VIEWS, ...POOL_ADMIN_VIEWS];

const editOrder = (configuration: ContentManagerConfiguration) => configuration.layouts.edit.flatMap((row) => row.map((cell) => cell.name));
const formatView = ADMIN_VIEWS.find((view) => view.uid === PARTICIPATION_FORMAT)!;
const store = () => app.strapi.store({ type: 'core', name: 'mitwirken' });

describe('admin views', () => {
  it('writes German labels, help texts and the edit order into the content manager', async () => {
    await applyAdminViews(app.strapi);
    const format = await configurationOf(PARTICIPATION_FORMAT);

    expect(format.metadatas.participantsMax.edit).toMatchObject({ label: 'Teilnehmende höchstens', placeholder: 'z. B. 75', visible: true, editable: true });
    expect(format.metadatas.participantsMax.edit.description).toMatch(/leer heißt: keine Obergrenze/);
    expect(format.metadatas.primaryLevel.edit.description).toMatch(/^Wählen Sie/);
    expect(format.metadatas.updatedAt.list.label).toBe('Zuletzt geändert');
    expect(editOrder(format)).toEqual(formatView.edit.flatMap((row) => row.map(([field]) => field)));
    expect(format.layouts.list).toEqual(formatView.list);
    expect(format.settings).toMatchObject({ mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' });

    const remembered = (await store().get({ key: 'admin-views' })) as Record<string, AppliedView>;
    expect(Object.keys(remembered).sort()).toEqual(ADMIN_VIEWS.map((view) => view.uid).sort());
  });

  it('never shows the confirmation link’s fields and keeps system fields read-only', async () => {
    const subscriber = await configurationOf(SUBSCRIBER);
    for (const field of ['confirmTokenHash', 'confirmTokenExpiresAt']) {
      expect(subscriber.metadatas[field].edit).toMatchObject({ visible: false, editable: false });
      expect(editOrder(subscriber)).not.toContain(field);
      expect(subscriber.layouts.list).not.toContain(field);
    }
    const mailing = await configurationOf(MAILING);
    expect(mailing.metadatas.recipientCount.edit.editable).toBe(false);
    expect(mailing.metadatas.status.edit.editable).toBe(true);
    expect(mailing.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
  });

  it('lays out only what the content manager keeps on the next start', async () => {
    const before = await Promise.all(ALL_VIEWS.map((view) => configurationOf(view.uid)));
    const report = await restart();
    const after = await Promise.all(ALL_VIEWS.map((view) => configurationOf(view.uid)));
    expect(after).toEqual(before);
    expect(report).toEqual({});
  });

  it('keeps a label and a layout an editor changed', async () => {
    const edited = await configurationOf(PARTICIPATION_FORMAT);
    edited.metadatas.participantsMax.edit.label = 'Max. Personenzahl';
    edited.metadatas.participantsMax.list.label = 'Max.';
    edited.layouts.edit = [...edited.layouts.edit].reverse();
    edited.layouts.list = ['name', 'updatedAt'];
    edited.settings.defaultSortBy = 'updatedAt';
    await contentTypes().updateConfiguration({ uid: PARTICIPATION_FORMAT }, edited);

    await restart();
    const after = await configurationOf(PARTICIPATION_FORMAT);
    expect(after.metadatas.participantsMax.edit.label).toBe('Max. Personenzahl');
    expect(after.metadatas.participantsMax.list.label).toBe('Max.');
    expect(after.layouts.edit).toEqual(edited.layouts.edit);
    expect(after.layouts.list).toEqual(['name', 'updatedAt']);
    expect(after.settings.defaultSortBy).toBe('updatedAt');
  });

  it('hides the token fields again after an editor showed them', async () => {
    const edited = await configurationOf(SUBSCRIBER);
    edited.metadatas.confirmTokenHash.edit.visible = true;
    edited.metadatas.confirmTokenHash.edit.editable = true;
    edited.layouts.edit.push([{ name: 'confirmTokenHash', size: 6 }]);
    await contentTypes().updateConfiguration({ uid: SUBSCRIBER }, edited);

    await restart();
    const after = await configurationOf(SUBSCRIBER);
    expect(after.metadatas.confirmTokenHash.edit).toMatchObject({ visible: false, editable: false });
    expect(editOrder(after)).not.toContain('confirmTokenHash');
  });

  it('gives a field it has not labelled yet its texts on the next start', async () => {
    // As if budgetBand had been added to the schema and the view after the first start.
    const remembered = (await store().get({ key: 'admin-views' })) as Record<string, AppliedView>;
    const format = remembered[PARTICIPATION_FORMAT];
    await store().set({ key: 'admin-views', value: { ...remembered, [PARTICIPATION_FORMAT]: { ...format, fields: format.fields.filter((field) => field !== 'budgetBand') } } });
    const unlabelled = await configurationOf(PARTICIPATION_FORMAT);
    unlabelled.metadatas.budgetBand.edit.label = 'budgetBand';
    unlabelled.metadatas.budgetBand.edit.description = '';
    await contentTypes().updateConfiguration({ uid: PARTICIPATION_FORMAT }, unlabelled);

    const report = await restart();
    const after = await configurationOf(PARTICIPATION_FORMAT);
    expect(report).toEqual({ [PARTICIPATION_FORMAT]: { fields: ['budgetBand'], layout: false } });
    expect(after.metadatas.budgetBand.edit).toMatchObject({ label: 'Budgetrahmen', description: formatView.fields.budgetBand.description.de });
    expect(after.metadatas.participantsMax.edit.label).toBe('Max. Personenzahl');
    expect(after.layouts.list).toEqual(['name', 'updatedAt']);
  });
});
