import type { Search } from '../../server/src/domain/criteria';
import { createBitset } from '../../server/src/domain/bitset';
import { rangeStatus } from '../../server/src/domain/match-rules';
import { pageByScore, rankFormats } from '../../server/src/domain/ranking';
import { explain } from '../../server/src/domain/reasons';
import { indexOf, record, settings } from './fixtures';

const formats = [
  record({ name: 'Online-Dialog', goals: ['ideen_vorschlaege', 'probleme_bedarfe'], modes: ['online'], participantsMax: 75, durationClass: 'stunden', costLevel: 'niedrig', targetGroups: ['allgemeine_oeffentlichkeit'] }),
  record({ name: 'Bürgerrat', goals: ['ideen_vorschlaege'], modes: ['praesenz'], participantsMin: 15, participantsMax: 50, durationClass: 'mehrtaegig', costLevel: 'hoch' }),
  record({ name: 'Barcamp', goals: ['ideen_vorschlaege'], modes: ['hybrid'], participantsMin: 30, participantsMax: 300, durationClass: 'tag', costLevel: 'niedrig' }),
  record({ name: 'Umfrage', goals: ['feedback_massnahmen'], modes: ['online', 'schriftlich'], participantsMin: 50, durationClass: 'wochen_monate', costLevel: 'niedrig' }),
  record({ name: 'Alpha ohne Daten' }),
];
const index = indexOf(formats);
const names = (positions: number[]) => positions.map((position) => index.records[position].name);

describe('rankFormats', () => {
  const evening: Search = { goals: ['ideen_vorschlaege'], participants: 40, modes: ['online'], duration: 'stunden', budget: 'von_1000_bis_5000' };

  it('puts the format that fits every criterion first, with scores from 0 to 100', () => {
    const ranking = rankFormats(index, evening, settings);
    expect(ranking.total).toBe(5);
    expect(names(ranking.results.map((result) => result.position))[0]).toBe('Online-Dialog');
    expect(ranking.results[0].score).toBe(100);
    for (const result of ranking.results) {
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
    }
    const scores = ranking.results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('is deterministic and breaks ties by name', () => {
    const ranking = rankFormats(index, {}, settings);
    expect(ranking.results.every((result) => result.score === 100)).toBe(true);
    expect(names(ranking.results.map((result) => result.position))).toEqual(['Alpha ohne Daten', 'Barcamp', 'Bürgerrat', 'Online-Dialog', 'Umfrage']);
    expect(rankFormats(index, evening, settings)).toEqual(rankFormats(index, evening, settings));
  });

  it('reports every used criterion per format, unknown where the format has no value', () => {
    const ranking = rankFormats(index, evening, settings);
    const empty = ranking.results.find((result) => index.records[result.position].name === 'Alpha ohne Daten')!;
    expect(empty.criteria.map((match) => match.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(empty.score).toBe(25);
  });

  it('keeps only formats that satisfy the musts', () => {
    const ranking = rankFormats(index, { ...evening, must: ['modes'] }, settings);
    expect(names(ranking.results.map((result) => result.position))).toEqual(['Online-Dialog', 'Umfrage']);
    expect(ranking.results[0].criteria.find((match) => match.criterion === 'modes')).toEqual({ criterion: 'modes', status: 'matched', must: true });
  });

  it('counts facets per option, ignoring the criterion’s own selection but honouring other musts', () => {
    const ranking = rankFormats(index, { modes: ['online'], duration: 'stunden', must: ['modes', 'duration'] }, settings);
    expect(ranking.facets.modes).toMatchObject({ online: 1, praesenz: 0, hybrid: 0, schriftlich: 0 });
    expect(ranking.facets.duration).toMatchObject({ stunden: 1, wochen_monate: 2 });
    expect(ranking.facets.goals).toMatchObject({ ideen_vorschlaege: 1, feedback_massnahmen: 0 });
    expect(ranking.facets.participants).toEqual({ '1-25': 1, '26-100': 1, '101-500': 0, '501+': 0 });
  });

  it('suggests which must to drop, with the counts each drop gives, and near misses', () => {
    const impossible: Search = { modes: ['praesenz'], duration: 'stunden', participants: 40, must: ['modes', 'duration', 'participants'] };
    const ranking = rankFormats(index, impossible, settings);
    expect(ranking.total).toBe(0);
    expect(ranking.results).toEqual([]);
    expect(ranking.relaxation!.suggestions).toEqual([
      { drop: 'modes', count: 1 },
      { drop: 'duration', count: 1 },
      { drop: 'participants', count: 0 },
    ]);
    const dropModes = rankFormats(index, { ...impossible, must: ['duration', 'participants'] }, settings);
    expect(dropModes.total).toBe(1);
    const nearMisses = ranking.relaxation!.nearMisses;
    expect(nearMisses.length).toBeGreaterThan(0);
    expect(nearMisses[0].failedMusts).toHaveLength(1);
    expect(names([nearMisses[0].position, nearMisses[1].position]).sort()).toEqual(['Bürgerrat', 'Online-Dialog']);
  });

  it('gives no relaxation when enough formats satisfy the musts', () => {
    expect(rankFormats(index, { goals: ['ideen_vorschlaege'], must: ['goals'] }, settings).relaxation).toBeNull();
  });

  it('pages through the results', () => {
    const first = rankFormats(index, { ...evening, pageSize: 2 }, settings);
    const second = rankFormats(index, { ...evening, page: 2, pageSize: 2 }, settings);
    expect(first.results).toHaveLength(2);
    expect(second.results).toHaveLength(2);
    expect(second.results[0].position).not.toBe(first.results[0].position);
    expect(rankFormats(index, { ...evening, page: 9, pageSize: 2 }, settings).results).toEqual([]);
  });

  it('gives partial credit for goals partly covered', () => {
    const ranking = rankFormats(index, { goals: ['ideen_vorschlaege', 'feedback_massnahmen'] }, settings);
    const bySlug = Object.fromEntries(ranking.results.map((result) => [index.records[result.position].name, result]));
    expect(bySlug['Bürgerrat'].criteria[0].status).toBe('partly');
    expect(bySlug['Bürgerrat'].score).toBe(50);
  });
});

describe('explain', () => {
  const search: Search = { goals: ['ideen_vorschlaege', 'feedback_massnahmen'], participants: 40, modes: ['praesenz'], budget: 'bis_1000' };
  const online = index.records.find((format) => format.name === 'Online-Dialog')!;

  it('speaks German by default and English on request', () => {
    expect(explain(index, online, search, 'goals', 'partly', 'de')).toBe('Dient ideen vorschlaege, nicht aber feedback massnahmen.');
    expect(explain(index, online, search, 'goals', 'partly', 'en')).toBe('Serves ideen_vorschlaege, but not feedback_massnahmen.');
    expect(explain(index, online, search, 'participants', 'matched', 'de')).toBe('Für 40 Personen geeignet (bis 75 Personen).');
    expect(explain(index, online, search, 'modes', 'not_matched', 'en')).toBe('Only as online, not as praesenz.');
    expect(explain(index, online, search, 'budget', 'partly', 'de')).toBe('Kosten (Kostenstufe niedrig, geschätzt) können den Rahmen von bis_1000 übersteigen.');
    expect(explain(index, online, search, 'phase', 'unknown', 'de')).toBe('Keine Angaben zu Projektphasen.');
  });
});

describe('the fast paths give the answers of the plain rules', () => {
  // A fixed pseudo-random sequence, so a failure can be repeated.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('picks a page of all formats exactly as the counting sort does', () => {
    for (let trial = 0; trial < 200; trial++) {
      const size = 1 + Math.floor(next() * 300);
      // Few distinct scores, so ties are common.
      const scores = Uint8Array.from({ length: size }, () => [100, 75, 75, 50, 33, 0][Math.floor(next() * 6)]);
      const offset = Math.floor(next() * 30);
      const limit = 1 + Math.floor(next() * 25);
      expect(pageByScore(scores, null, offset, limit)).toEqual(pageByScore(scores, createBitset(size, true), offset, limit));
    }
  });

  it('rates group sizes exactly as rangeStatus does, tolerance included', () => {
    const ranges: Array<[number | null, number | null]> = [[null, null], [5, 20], [10, null], [null, 40], [30, 30], [1, 1000], [100, 500]];
    const records = ranges.map(([participantsMin, participantsMax]) => record({ participantsMin, participantsMax }));
    const index = indexOf(records);
    for (const participants of [1, 4, 5, 9, 10, 19, 20, 24, 25, 30, 36, 40, 48, 80, 99, 600, 700]) {
      const ranking = rankFormats(index, { participants, pageSize: 50 } as Search, settings);
      for (const result of ranking.results) {
        const { low, high } = index.participantRanges;
        const expected = ['unknown', 'not_matched', 'partly', 'matched'][rangeStatus(low[result.position], high[result.position], participants, settings.participantsTolerance)];
        expect(result.criteria.find((match) => match.criterion === 'participants')?.status).toBe(expected);
      }
    }
  });
});
