import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

/** The planner's tools on the seeded formats: the order's reasons, compare, shortlist export, phase plan. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('format-finder-planner');
  await runSeed(app.strapi);
  await app.strapi.plugin('format-finder').service('format-index').rebuild();
});

afterAll(async () => {
  await app?.stop();
});

const eveningOnline = { goals: 'ideen_vorschlaege', participants: 40, modes: 'online', duration: 'stunden', budget: 'von_1000_bis_5000' };
const three = ['digitaler-buergerdialog', 'world-cafe', 'fishbowl'];
const get = (path: string, query: Record<string, string | number>) => request(app.server).get(`/api/format-finder${path}`).query(query);
const graphql = (query: string, variables: Record<string, unknown>) => request(app.server).post('/graphql').send({ query, variables }).expect(200);

type Match = { slug: string; score: number; rank: number; tiedWith: number; order: Array<{ step: string; reason: string }> };

describe('the order among formats of the same score', () => {
  it('explains each format’s place, shares a rank only among formats equal on every step, and is the same in REST and GraphQL', async () => {
    const res = await get('/search', { ...eveningOnline, pageSize: 50 }).expect(200);
    const data: Match[] = res.body.data;
    for (const match of data) expect(match.order.length).toBeGreaterThan(0);
    const dialogue = data.find((match) => match.slug === 'digitaler-buergerdialog') as Match;
    expect(dialogue.order.map((step) => step.step)).toContain('provenance');
    // Ranks rise with the list; equal ranks only side by side, each marked as a tie.
    data.forEach((match, at) => {
      if (at > 0) expect(match.rank).toBeGreaterThanOrEqual(data[at - 1].rank);
      if (at > 0 && match.rank === data[at - 1].rank) {
        expect(match.score).toBe(data[at - 1].score);
        expect(match.order.at(-1)?.step).toBe('tie');
      }
    });
    const top = data.filter((match) => match.score === data[0].score);
    expect(new Set(top.map((match) => match.rank)).size).toBeGreaterThan(1);

    const gql = await graphql(
      `query ($input: FormatFinderInput) { formatFinder(input: $input) { data { slug rank tiedWith order { step reason } } } }`,
      { input: { goals: ['ideen_vorschlaege'], participants: 40, modes: ['online'], duration: 'stunden', budget: 'von_1000_bis_5000', pageSize: 50 } },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.formatFinder.data).toEqual(data.map(({ slug, rank, tiedWith, order }) => ({ slug, rank, tiedWith, order })));
  });
});

describe('compare', () => {
  it('puts up to four formats side by side, fact by fact, with the search’s matches marked by symbol and word', async () => {
    const res = await get('/compare', { ...eveningOnline, slugs: three.join(',') }).expect(200);
    expect(res.body.data.formats.map((format: Match) => format.slug)).toEqual(three);
    const participants = res.body.data.facts.find((fact: { fact: string }) => fact.fact === 'participants');
    expect(participants).toMatchObject({ label: 'Gruppengröße', asked: true, must: false });
    expect(participants.cells[0]).toMatchObject({ slug: 'digitaler-buergerdialog', value: 'bis 75 Personen', status: 'matched', mark: '✓', markLabel: 'passt' });
    const phases = res.body.data.facts.find((fact: { fact: string }) => fact.fact === 'phase');
    expect(phases).toMatchObject({ asked: false });
    expect(phases.cells[0].mark).toBeNull();
    const sources = res.body.data.facts.find((fact: { fact: string }) => fact.fact === 'sources');
    expect(sources.cells[0].value).toMatch(/bertelsmann-stiftung\.de/);

    const english = await get('/compare', { ...eveningOnline, slugs: three.join(','), locale: 'en' }).expect(200);
    expect(english.body.data.facts.find((fact: { fact: string }) => fact.fact === 'participants').cells[0]).toMatchObject({ value: 'up to 75 people', markLabel: 'fits' });

    const viaPost = await request(app.server).post('/api/format-finder/compare').send({ ...eveningOnline, goals: ['ideen_vorschlaege'], modes: ['online'], slugs: three }).expect(200);
    expect(viaPost.body).toEqual(res.body);

    const gql = await graphql(
      `query ($input: FormatFinderCompareInput) { formatFinderCompare(input: $input) { data { formats { slug rank } facts { fact label asked cells { slug value status mark markLabel provenance } } } meta { locale } } }`,
      { input: { goals: ['ideen_vorschlaege'], participants: 40, modes: ['online'], duration: 'stunden', budget: 'von_1000_bis_5000', slugs: three } },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.formatFinderCompare.data.facts).toEqual(res.body.data.facts.map(({ fact, label, asked, cells }: { fact: string; label: string; asked: boolean; cells: unknown[] }) => ({ fact, label, asked, cells })));
  });

  it.each([
    [{ slugs: 'digitaler-buergerdialog,world-cafe,fishbowl,open-space,buergerrat' }, 'slugs', /slugs: at most 4 formats at once/],
    [{ slugs: 'digitaler-buergerdialog,gibt-es-nicht' }, 'slugs', /slugs\[1\]: "gibt-es-nicht" is not a published format/],
    [{}, 'slugs', /slugs/],
    [{ slugs: 'world-cafe', colour: 'red' }, 'colour', /unknown parameter colour; allowed: .*slugs/],
  ])('answers %j with 400 naming the field', async (query, field, message) => {
    const res = await get('/compare', query as Record<string, string>).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path[0]).toBe(field);
  });

  it('refuses five formats in GraphQL with the same message', async () => {
    const gql = await graphql(`query ($input: FormatFinderCompareInput) { formatFinderCompare(input: $input) { meta { locale } } }`, {
      input: { slugs: ['digitaler-buergerdialog', 'world-cafe', 'fishbowl', 'open-space', 'buergerrat'] },
    });
    expect(gql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(gql.body.errors[0].message).toMatch(/slugs: at most 4 formats at once/);
  });
});

describe('shortlist export', () => {
  const rowsOf = (csv: string) => parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;

  it('gives a shortlist as CSV that a CSV parser reads back, with the search, the reasons and the sources', async () => {
    const res = await get('/shortlist.csv', { ...eveningOnline, slugs: three.join(',') }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const rows = rowsOf(res.text);
    expect(rows.map((row) => row.Kennung)).toEqual(three);
    const dialogue = rows[0];
    expect(dialogue.Format).toBe('Digitaler Bürger*innendialog');
    expect(dialogue.Gruppengröße).toBe('bis 75 Personen');
    expect(dialogue.Begründungen).toMatch(/✓ passt: Für 40 Personen geeignet \(bis 75 Personen\)\./);
    expect(dialogue.Reihenfolge.length).toBeGreaterThan(0);
    expect(dialogue.Quellen).toMatch(/BST_DBD: https:\/\/www\.bertelsmann-stiftung\.de/);
    expect(dialogue.Suche).toMatch(/^Ziele: Ideen und Vorschläge sammeln; Durchführungsart: Online; Gruppengröße: 40; Dauer: [^;]+; Kosten: [^;]+$/);
    const search = await get('/search', { ...eveningOnline, pageSize: 50 }).expect(200);
    expect(Number(dialogue.Rang)).toBe(search.body.data.find((match: Match) => match.slug === 'digitaler-buergerdialog').rank);
  });

  it('exports a search’s results in the search’s order, in English on request', async () => {
    const res = await get('/shortlist.csv', { ...eveningOnline, locale: 'en' }).expect(200);
    const rows = rowsOf(res.text);
    expect(rows).toHaveLength(46);
    const search = await get('/search', { ...eveningOnline, locale: 'en', pageSize: 50 }).expect(200);
    expect(rows.map((row) => row.Identifier)).toEqual(search.body.data.map((match: Match) => match.slug));
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['Rank', 'Format', 'Score', 'Reasons', 'Order', 'Sources', 'Search']));
  });

  it('gives the same as a page to print', async () => {
    const res = await get('/shortlist/print', { ...eveningOnline, slugs: three.join(',') }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/^<!doctype html><html lang="de">/);
    expect(res.text).toContain('Digitaler Bürger*innendialog');
    expect(res.text).toContain('Quellen');
  });

  it.each([
    [{ slugs: 'gibt-es-nicht' }, 'slugs', /slugs\[0\]: "gibt-es-nicht" is not a published format/],
    [{ slugs: Array.from({ length: 51 }, (_, at) => `f${at}`).join(',') }, 'slugs', /at most 50 formats/],
    [{ duration: 'ewig' }, 'duration', /allowed: stunden/],
  ])('answers %j with 400 naming the field', async (query, field, message) => {
    const res = await get('/shortlist.csv', query as Record<string, string>).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path[0]).toBe(field);
  });
});

describe('phase plan', () => {
  it('gives the best formats per phase under the same situation, with the combined lead time and cost', async () => {
    const res = await get('/plan', { phases: 'inform,consult,co-decide,report-back', participants: 40, budget: 'von_5000_bis_10000' }).expect(200);
    expect(res.body.data.map((phase: { phase: string; label: string }) => [phase.phase, phase.label])).toEqual([
      ['inform', 'Informieren'],
      ['consult', 'Beraten'],
      ['co-decide', 'Mitentscheiden'],
      ['report-back', 'Rückmelden'],
    ]);
    for (const phase of res.body.data) {
      expect(phase.formats.length).toBeGreaterThan(0);
      expect(phase.formats.length).toBeLessThanOrEqual(3);
      expect(phase.search).toMatchObject({ participants: 40, budget: 'von_5000_bis_10000' });
    }
    expect(res.body.data[0].search).toMatchObject({ level: 'information', goals: ['informieren_kompetenz'] });
    expect(res.body.meta.combined.leadTime.text).toMatch(/^Längster Vorlauf der ersten Vorschläge: /);
    expect(res.body.meta.combined.budget.text).toMatch(/^Kosten aller ersten Vorschläge zusammen: mindestens /);

    const gql = await graphql(
      `query ($input: FormatFinderPlanInput) { formatFinderPlan(input: $input) { data { phase label total formats { slug } } meta { locale leadTime { code text } budget { code text } } } }`,
      { input: { phases: ['inform', 'consult', 'co-decide', 'report-back'], participants: 40, budget: 'von_5000_bis_10000' } },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.formatFinderPlan.data.map((phase: { formats: Array<{ slug: string }> }) => phase.formats.map((format) => format.slug))).toEqual(
      res.body.data.map((phase: { formats: Match[] }) => phase.formats.map((format) => format.slug)),
    );
    expect(gql.body.data.formatFinderPlan.meta.leadTime).toEqual({ code: res.body.meta.combined.leadTime.code, text: res.body.meta.combined.leadTime.text });
  });

  it.each([
    [{ phases: 'inform,brainstorm' }, 'phases', /phases\[1\]: "brainstorm" is not an option; allowed: inform, consult, co-decide, report-back/],
    [{ participants: 40 }, 'phases', /phases/],
    [{ phases: 'inform', must: 'budget' }, 'must', /must names budget/],
  ])('answers %j with 400 naming the field', async (query, field, message) => {
    const res = await get('/plan', query as Record<string, string | number>).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path[0]).toBe(field);
  });
});

describe('OpenAPI description', () => {
  it('lists the planner’s routes', async () => {
    const res = await request(app.server).get('/api/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/format-finder/compare', '/format-finder/shortlist.csv', '/format-finder/shortlist/print', '/format-finder/plan']));
  });
});
