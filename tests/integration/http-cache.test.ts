import request from 'supertest';
import { DEFAULT_CACHE_CONTROL } from '../../config/lib/http-cache-defaults';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY } from '../../src/content-types';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;
/** Small version checks, so the waits for changes written past this instance stay short. */
const CHECK_MS = 300;
/** A label of the finder's code list as a city might rename it, for the restart test. */
let renamedGoal: string | null = null;

type Option = { code: string; label: Record<string, string> };
type FinderConfig = { options: { goals: Option[] } };

beforeAll(async () => {
  app = await startTestApp('http-cache', {
    configure: (strapi) => {
      strapi.config.set('http-cache.versionCheckIntervalMs', CHECK_MS);
      const finder = strapi.config.get('plugin::format-finder') as FinderConfig;
      const goals = finder.options.goals.map((option) => (renamedGoal && option.code === 'ideen_vorschlaege' ? { ...option, label: { ...option.label, de: renamedGoal } } : option));
      strapi.config.set('plugin::format-finder', { ...finder, options: { ...finder.options, goals }, syncIntervalMs: CHECK_MS });
    },
  });
  await runSeed(app.strapi);
  await app.strapi.plugin('format-finder').service('format-index').rebuild();
});

afterAll(async () => {
  await app?.stop();
});

const api = () => request(app.server);
const formats = () => app.strapi.documents(PARTICIPATION_FORMAT as never);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const FORMAT_LIST = '/api/participation-formats?pagination[pageSize]=100&sort=slug:asc';
const FINDER_SEARCH = '/api/format-finder/search?goals=ideen_vorschlaege&modes=online&pageSize=50';

async function tagOf(path: string): Promise<string> {
  const res = await api().get(path).expect(200);
  expect(res.headers.etag).toMatch(/^"[^"]+"$/);
  return res.headers.etag as string;
}

/** Waits until the path's tag differs from `before` (the bound is 5 s; the test allows 10 on a busy machine). */
async function changedTag(path: string, before: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const tag = await tagOf(path);
    if (tag !== before || Date.now() > deadline) return tag;
    await sleep(100);
  }
}

async function findFormat(slug: string) {
  return (await formats().findFirst({ filters: { slug }, locale: 'de' } as never)) as unknown as { documentId: string };
}

describe('ETag and 304 on the public answers', () => {
  it('tags a content answer strongly, with the configured Cache-Control, and answers a match with 304 without computing', async () => {
    const first = await api().get(FORMAT_LIST).expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.content);

    const find = jest.spyOn(app.strapi.service(PARTICIPATION_FORMAT as never) as never as { find: () => unknown }, 'find');
    try {
      const again = await api().get(FORMAT_LIST).set('If-None-Match', first.headers.etag).expect(304);
      expect(again.text).toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
      // A proxy that compressed the answer sends the tag back weak: still the same answer.
      await api().get(FORMAT_LIST).set('If-None-Match', `"other", W/${first.headers.etag}`).expect(304);
      expect(find).not.toHaveBeenCalled();
      await api().get(FORMAT_LIST).set('If-None-Match', '"something-else"').expect(200);
      expect(find).toHaveBeenCalledTimes(1);
    } finally {
      find.mockRestore();
    }
  });

  it('gives each query and language its own tag, whatever the order of the parameters', async () => {
    const tag = await tagOf(FORMAT_LIST);
    expect(await tagOf('/api/participation-formats?sort=slug:asc&pagination[pageSize]=100')).toBe(tag);
    expect(await tagOf(`${FORMAT_LIST}&locale=en`)).not.toBe(tag);
    expect(await tagOf('/api/participation-formats?pagination[pageSize]=5')).not.toBe(tag);
  });

  it('tags a single entry, the other content types, the opportunities and their calendars', async () => {
    const cafe = await findFormat('world-cafe');
    await tagOf(`/api/participation-formats/${cafe.documentId}`);
    expect((await api().get('/api/toolkit-documents').expect(200)).headers.etag).toBeTruthy();
    expect((await api().get('/api/pilot-municipalities').expect(200)).headers.etag).toBeTruthy();

    const list = await api().get('/api/participation-opportunities').expect(200);
    expect(list.headers.etag).toBeTruthy();
    expect(list.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.opportunities);

    const service = app.strapi.service(PARTICIPATION_OPPORTUNITY as never) as never as { calendar: () => unknown };
    const calendar = await api().get('/api/participation-opportunities/calendar.ics').expect(200);
    expect(calendar.headers['content-type']).toMatch(/^text\/calendar/);
    expect(calendar.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.calendars);
    const spy = jest.spyOn(service, 'calendar');
    try {
      await api().get('/api/participation-opportunities/calendar.ics').set('If-None-Match', calendar.headers.etag).expect(304);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('lets the finder tag its answers from its index and answer a match with 304 without searching', async () => {
    const first = await api().get(FINDER_SEARCH).expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.finder);
    const finder = app.strapi.plugin('format-finder').service('finder') as { search: () => unknown };
    const search = jest.spyOn(finder, 'search');
    try {
      await api().get(FINDER_SEARCH).set('If-None-Match', first.headers.etag).expect(304);
      expect(search).not.toHaveBeenCalled();
    } finally {
      search.mockRestore();
    }
    const criteria = await api().get('/api/format-finder/criteria?locale=en').expect(200);
    expect(criteria.headers.etag).toBeTruthy();
    expect(await tagOf('/api/format-finder/criteria?locale=de')).not.toBe(criteria.headers.etag);
    // A bad search is a 400, never tagged.
    const bad = await api().get('/api/format-finder/search?goals=no_such_goal').expect(400);
    expect(bad.headers.etag).toBeUndefined();
  });

  it('tags the pool archive', async () => {
    const res = await api().get('/api/double-opt-in/archive').expect(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.archive);
    await api().get('/api/double-opt-in/archive').set('If-None-Match', res.headers.etag).expect(304);
  });

  it('tags the page shells and the static files; fingerprinted files are immutable', async () => {
    const shell = await api().get('/de/').expect(200);
    expect(shell.headers.etag).toBeTruthy();
    expect(shell.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.pages);
    await api().get('/de/').set('If-None-Match', shell.headers.etag).expect(304);
    expect(await tagOf('/en/')).not.toBe(shell.headers.etag);

    const script = /src="(\/site\/app\.js\?v=[^"]+)"/.exec(shell.text)?.[1];
    expect(script).toBeDefined();
    const fingerprinted = await api().get(script!).expect(200);
    expect(fingerprinted.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.staticFingerprinted);
    const plain = await api().get('/site/dom.js').expect(200);
    expect(plain.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.static);
    await api().get('/site/dom.js').set('If-None-Match', plain.headers.etag).expect(304);

    const missing = await api().get('/de/no-such-page').expect(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('names Accept-Language in Vary where the answer depends on it', async () => {
    const res = await api().get('/').set('Accept-Language', 'en').expect(302);
    expect(res.headers.location).toBe('/en/');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    // The API answers take their language from the query, so they do not vary by the header.
    const list = await api().get(FORMAT_LIST).set('Accept-Language', 'en').expect(200);
    expect(list.headers.vary ?? '').not.toMatch(/Accept-Language/);
  });
});

describe('personal answers are never stored', () => {
  const personal = [
    '/api/double-opt-in/subscribe?lang=de',
    '/api/double-opt-in/confirm?token=abc',
    '/api/double-opt-in/unsubscribe?token=abc',
    '/api/double-opt-in/my-data?token=abc',
    '/api/double-opt-in/my-data/request',
    '/admin/init',
    // The finder answers early (plugin middleware), but a token in the address still makes it personal.
    '/api/format-finder/criteria?locale=de&token=abc',
  ];
  it.each(personal)('%s: no-store, no ETag', async (path) => {
    const res = await api().get(path);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });

  it('sends requests with credentials and draft reads no-store, without a shared tag', async () => {
    const token = await app.strapi.service('admin::api-token').create({ name: 'http-cache', type: 'full-access', lifespan: null, permissions: [] });
    const auth = `Bearer ${token.accessKey}`;
    for (const path of [FORMAT_LIST, FINDER_SEARCH, '/api/participation-opportunities', `${FORMAT_LIST}&status=draft`]) {
      const res = await api().get(path).set('Authorization', auth);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
    // A draft read without credentials is refused, and the refusal is not stored either.
    const drafts = await api().get(`${FORMAT_LIST}&status=draft`).expect(400);
    expect(drafts.headers['cache-control']).toBe('no-store');
    // A public tag does not open a 304 to a token holder either.
    const tag = await tagOf(FORMAT_LIST);
    await api().get(FORMAT_LIST).set('Authorization', auth).set('If-None-Match', tag).expect(200);
  });
});

describe('the tags change exactly when the answer can change', () => {
  it('keeps the tag for an edit of a draft that is not published', async () => {
    const before = await tagOf(FORMAT_LIST);
    const cafe = await findFormat('world-cafe');
    await formats().update({ documentId: cafe.documentId, locale: 'de', data: { summary: 'Entwurf, noch nicht veröffentlicht.' } } as never);
    await sleep(CHECK_MS * 2);
    expect(await tagOf(FORMAT_LIST)).toBe(before);
  });

  it('changes on publishing an edit of a published entry, in the content API and the finder', async () => {
    const before = await tagOf(FORMAT_LIST);
    const finderBefore = await tagOf(FINDER_SEARCH);
    const cafe = await findFormat('world-cafe');
    await formats().publish({ documentId: cafe.documentId, locale: 'de' } as never);
    expect(await changedTag(FORMAT_LIST, before)).not.toBe(before);
    expect(await changedTag(FINDER_SEARCH, finderBefore)).not.toBe(finderBefore);
  });

  it('changes on unpublish and on publish', async () => {
    const cafe = await findFormat('world-cafe');
    const published = await tagOf(FORMAT_LIST);
    await formats().unpublish({ documentId: cafe.documentId, locale: 'de' } as never);
    const unpublished = await changedTag(FORMAT_LIST, published);
    expect(unpublished).not.toBe(published);
    await formats().publish({ documentId: cafe.documentId, locale: 'de' } as never);
    expect(await changedTag(FORMAT_LIST, unpublished)).not.toBe(unpublished);
  });

  it('changes on delete', async () => {
    const path = '/api/pilot-municipalities?sort=name:asc';
    const before = await tagOf(path);
    const place = (await app.strapi.documents(PILOT_MUNICIPALITY as never).findFirst({ filters: { slug: 'schwelm' } } as never)) as unknown as { documentId: string };
    await app.strapi.documents(PILOT_MUNICIPALITY as never).delete({ documentId: place.documentId, locale: '*' } as never);
    expect(await changedTag(path, before)).not.toBe(before);
  });

  it('changes when a locale is added', async () => {
    const before = await tagOf(FORMAT_LIST);
    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'Français (fr)' });
    expect(await changedTag(FORMAT_LIST, before)).not.toBe(before);
  });

  it('changes within the bound after a change written straight into the database', async () => {
    const before = await tagOf(FORMAT_LIST);
    const finderBefore = await tagOf(FINDER_SEARCH);
    const table = app.strapi.db.metadata.get(PARTICIPATION_FORMAT as never).tableName;
    await sleep(CHECK_MS);
    // As another instance's write would: no lifecycle event reaches this one.
    await app.strapi.db
      .getConnection(table)
      .where({ slug: 'fishbowl', locale: 'de' })
      .whereNotNull('published_at')
      .update({ summary: 'Direkt in der Datenbank geändert.', updated_at: new Date() });
    const started = Date.now();
    expect(await changedTag(FORMAT_LIST, before)).not.toBe(before);
    expect(await changedTag(FINDER_SEARCH, finderBefore)).not.toBe(finderBefore);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('changes the finder’s tags when its code lists or config change (at the next start)', async () => {
    const search = await tagOf(FINDER_SEARCH);
    const criteria = await tagOf('/api/format-finder/criteria?locale=de');
    const content = await tagOf(FORMAT_LIST);
    renamedGoal = 'Ideen sammeln (umbenannt)';
    app = await app.restart();
    const renamed = await api().get('/api/format-finder/criteria?locale=de').expect(200);
    expect(renamed.headers.etag).not.toBe(criteria);
    expect(await tagOf(FINDER_SEARCH)).not.toBe(search);
    // The content API does not show the finder's labels: its tag stays.
    expect(await tagOf(FORMAT_LIST)).toBe(content);
  });
});
