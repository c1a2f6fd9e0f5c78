import request from 'supertest';
import { AUTHOR_ROLE_CODE } from '../../src/bootstrap/admin-roles';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { CONFIGURED_CODE_LISTS_PATH } from '../../src/domain/configured-code-lists';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * A city with districts of its own (config/opportunities.ts): the admin panel's district widgets
 * are offered them, and a save is checked against them, not against Dortmund's.
 */
const CITY_DISTRICTS = [
  { code: 'altstadt', label: { de: 'Altstadt', en: 'Old town' } },
  { code: 'hafen', label: { de: 'Hafenviertel', en: 'Harbour quarter' } },
];

let app: TestApp;
const api = () => request(app.server);
const PASSWORD = 'Sicheres-Passwort-2026';

beforeAll(async () => {
  app = await startTestApp('configured-districts', {
    configure: (strapi) => {
      strapi.config.set('opportunities', { ...(strapi.config.get('opportunities') as object), districts: CITY_DISTRICTS });
    },
  });
});

afterAll(async () => {
  await app?.stop();
});

/** An author: the least an administrator can be who edits opportunities. */
async function authorToken(): Promise<string> {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: AUTHOR_ROLE_CODE } })) as { id: number };
  await app.strapi.service('admin::user').create({
    email: 'autorin@stadt.example',
    firstname: 'Anna',
    lastname: 'Autorin',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const response = await api().post('/admin/login').send({ email: 'autorin@stadt.example', password: PASSWORD }).expect(200);
  return response.body.data.token as string;
}

describe('the configured code lists for the admin panel', () => {
  it('give a signed-in administrator the city’s districts with both labels, never stored by a cache', async () => {
    const token = await authorToken();
    const response = await api().get(CONFIGURED_CODE_LISTS_PATH).set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body).toEqual({ data: { districts: CITY_DISTRICTS } });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('are refused without an administrator’s sign-in, also to an API token that may read everything', async () => {
    await api().get(CONFIGURED_CODE_LISTS_PATH).expect(401);
    await api().get(CONFIGURED_CODE_LISTS_PATH).set('Authorization', 'Bearer not-a-token').expect(401);
    const apiToken = (await app.strapi.service('admin::api-token').create({ name: 'Lesen', type: 'full-access', lifespan: null, permissions: [] })) as { accessKey: string };
    await api().get(CONFIGURED_CODE_LISTS_PATH).set('Authorization', `Bearer ${apiToken.accessKey}`).expect(401);
    // Not a content-API route under another prefix either, nor described as one.
    await api().get(`/api${CONFIGURED_CODE_LISTS_PATH}`).set('Authorization', `Bearer ${apiToken.accessKey}`).expect(404);
    const openapi = await api().get('/api/openapi.json').expect(200);
    expect(Object.keys(openapi.body.paths).filter((path) => path.includes('code-lists'))).toEqual([]);
    // Nor an action a users-permissions role or an API token could be given.
    const actions = app.strapi.contentAPI.permissions.getActionsMap() as Record<string, { controllers: Record<string, string[]> }>;
    expect(Object.keys(actions['api::participation-opportunity'].controllers)).toEqual(['participation-opportunity']);
  });
});

describe('saving an opportunity', () => {
  const documents = () => app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const opportunity = (extra: Record<string, unknown>) => ({
    title: 'Hafenfest-Werkstatt',
    slug: 'hafenfest-werkstatt',
    topics: ['soziales'],
    attendance: 'praesenz',
    eventStatus: 'geplant',
    registration: 'keine',
    dates: [{ start: '2027-05-02T16:00:00.000Z', end: '2027-05-02T18:00:00.000Z', timeZone: 'Europe/Berlin' }],
    ...extra,
  });

  it('takes the configured districts, for the opportunity and its place', async () => {
    const created = (await documents().create({ data: opportunity({ districts: ['hafen'], place: { name: 'Speicher 3', district: 'altstadt' } }), locale: 'de' } as never)) as unknown as {
      districts: string[];
    };
    expect(created.districts).toEqual(['hafen']);
  });

  it('refuses a district of the built-in list, naming the configured ones', async () => {
    await expect(documents().create({ data: opportunity({ slug: 'eving', districts: ['eving'] }), locale: 'de' } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('districts[0] is "eving"; allowed: altstadt, hafen'),
    });
    await expect(documents().create({ data: opportunity({ slug: 'hoerde', place: { name: 'Ort', district: 'hoerde' } }), locale: 'de' } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('place.district is "hoerde"; allowed: altstadt, hafen'),
    });
  });
});
