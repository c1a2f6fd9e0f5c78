import type { Search } from '../../server/src/domain/criteria';
import { explainOrder } from '../../server/src/domain/fit-order';
import { rankFormats } from '../../server/src/domain/ranking';
import type { FormatRecord } from '../../server/src/domain/format-record';
import { SHIPPED_CATALOGUES } from '../../server/src/messages';
import { plannerDe, plannerEn } from '../../server/src/messages/planner';
import { indexOf, record, settings } from './fixtures';

/**
 * Two formats that differ only in one fact. The one that fits better is named so that it would
 * come second by name: only the step under test can put it first.
 */
function pair(step: string, better: Partial<FormatRecord>, worse: Partial<FormatRecord>, common: Partial<FormatRecord> = {}) {
  const records = [record({ ...common, ...worse, name: `A ${step}` }), record({ ...common, ...better, name: `B ${step}` })];
  return indexOf(records);
}

function orderOf(index: ReturnType<typeof indexOf>, search: Search, locale: 'de' | 'en' = 'de') {
  const ranking = rankFormats(index, search, settings);
  return ranking.results.map((result) => ({
    name: index.records[result.position].name,
    score: result.score,
    rank: result.rank,
    tiedWith: result.tiedWith,
    reasons: explainOrder(index, search, result.position, result.participantsStatus, settings, locale === 'de' ? plannerDe : plannerEn, SHIPPED_CATALOGUES[locale], locale),
  }));
}

const reasonOf = (entry: { reasons: Array<{ step: string; reason: string }> }, step: string) => entry.reasons.find((reason) => reason.step === step)?.reason;

describe('the order among formats of the same score', () => {
  it('1. puts the format whose range has the group size in its middle first', () => {
    const index = pair('Gruppe', { participantsMin: 20, participantsMax: 80 }, { participantsMin: 39, participantsMax: 60 });
    const [first, second] = orderOf(index, { participants: 40 });
    expect([first.name, second.name]).toEqual(['B Gruppe', 'A Gruppe']);
    expect(first.score).toBe(second.score);
    expect(reasonOf(first, 'groupSize')).toBe('Passt genau: 40 Personen liegen mitten im Bereich 20–80.');
    expect(reasonOf(second, 'groupSize')).toBe('Passt knapp: 40 Personen liegen am Rand des Bereichs 39–60.');
    expect(reasonOf(orderOf(index, { participants: 40 }, 'en')[0], 'groupSize')).toBe('Fits exactly: 40 people lie in the middle of the range 20–80.');
  });

  it('1. within a band, the size nearer the middle comes first', () => {
    const index = pair('Mitte', { participantsMin: 20, participantsMax: 80 }, { participantsMin: 25, participantsMax: 80 });
    const [first, second] = orderOf(index, { participants: 40 });
    expect([first.name, second.name]).toEqual(['B Mitte', 'A Mitte']);
    expect(reasonOf(second, 'groupSize')).toBe('Passt genau: 40 Personen liegen mitten im Bereich 25–80.');
  });

  it('2. puts the format for which the asked goal is the main purpose before one where it is a side effect', () => {
    const index = pair('Ziel', { goals: ['ideen_vorschlaege'] }, { goals: ['ideen_vorschlaege', 'informieren_kompetenz', 'probleme_bedarfe'] });
    const [first, second] = orderOf(index, { goals: ['ideen_vorschlaege'] });
    expect([first.name, second.name]).toEqual(['B Ziel', 'A Ziel']);
    expect(first.score).toBe(second.score);
    expect(reasonOf(first, 'goalFocus')).toBe('Hauptzweck: Das Format ist für ideen vorschlaege gedacht, nichts anderes.');
    expect(reasonOf(second, 'goalFocus')).toBe('Eher Nebeneffekt: Nur 1 von 3 Zielen des Formats sind gewünscht (ideen vorschlaege).');
  });

  it('3. puts the format whose main level is the asked level before one that reaches it on the side', () => {
    const levels = ['information', 'konsultation'];
    const index = pair('Stufe', { primaryLevel: 'konsultation' }, { primaryLevel: 'information' }, { levels });
    const [first, second] = orderOf(index, { level: 'konsultation' });
    expect([first.name, second.name]).toEqual(['B Stufe', 'A Stufe']);
    expect(reasonOf(first, 'mainLevel')).toBe('Hauptstufe: Das Format ist vor allem für konsultation gedacht.');
    expect(reasonOf(second, 'mainLevel')).toBe('Nebenstufe: Das Format ist vor allem für information gedacht, konsultation nur nebenbei.');
  });

  it('4. puts the duration closest to the time available first', () => {
    const index = pair('Dauer', { durationClass: 'tag' }, { durationClass: 'stunden' });
    const [first, second] = orderOf(index, { duration: 'tag' });
    expect([first.name, second.name]).toEqual(['B Dauer', 'A Dauer']);
    expect(first.score).toBe(second.score);
    expect(reasonOf(first, 'duration')).toBe('Dauer trifft die verfügbare Zeit (tag).');
    expect(reasonOf(second, 'duration')).toBe('Dauer (stunden) liegt eine Stufe unter der verfügbaren Zeit (tag).');
  });

  it('5. puts the lead time closest to the lead time available first', () => {
    const index = pair('Vorlauf', { leadTimeClass: 'monate' }, { leadTimeClass: 'tage' });
    const [first, second] = orderOf(index, { leadTime: 'monate' });
    expect([first.name, second.name]).toEqual(['B Vorlauf', 'A Vorlauf']);
    expect(reasonOf(first, 'leadTime')).toBe('Vorbereitung trifft den verfügbaren Vorlauf (monate).');
    expect(reasonOf(second, 'leadTime')).toBe('Vorbereitung (tage) liegt 2 Stufen unter dem verfügbaren Vorlauf (monate).');
  });

  it('6. puts the cost closest to the budget first', () => {
    const index = pair('Kosten', { budgetBand: 'von_5000_bis_10000' }, { budgetBand: 'bis_1000' });
    const [first, second] = orderOf(index, { budget: 'von_5000_bis_10000' });
    expect([first.name, second.name]).toEqual(['B Kosten', 'A Kosten']);
    expect(first.score).toBe(second.score);
    expect(reasonOf(first, 'budget')).toBe('Kosten (von_5000_bis_10000) treffen den Rahmen (von_5000_bis_10000).');
    expect(reasonOf(second, 'budget')).toBe('Kosten (bis_1000) liegen 2 Stufen unter dem Rahmen (von_5000_bis_10000).');
  });

  it('7. puts sourced facts before editorial estimates, and estimates before no provenance', () => {
    const index = pair('Herkunft', { provenance: { modes: 'SOURCE_A' } }, { provenance: { modes: 'estimate' } }, { modes: ['online'] });
    const [first, second] = orderOf(index, { modes: ['online'] });
    expect([first.name, second.name]).toEqual(['B Herkunft', 'A Herkunft']);
    expect(reasonOf(first, 'provenance')).toBe('Belegt: Durchführungsart aus Quellen.');
    expect(reasonOf(second, 'provenance')).toBe('Redaktionell geschätzt: Durchführungsart.');
    const none = pair('Keine', { provenance: { modes: 'estimate' } }, {}, { modes: ['online'] });
    const [estimated, unrecorded] = orderOf(none, { modes: ['online'] });
    expect([estimated.name, unrecorded.name]).toEqual(['B Keine', 'A Keine']);
    expect(reasonOf(unrecorded, 'provenance')).toBe('Ohne Angaben zur Herkunft der Fakten.');
  });

  it('lets an earlier step decide before a later one', () => {
    // Better group size, worse duration: the group size decides.
    const index = indexOf([
      record({ name: 'A dauert passend', participantsMin: 39, participantsMax: 60, durationClass: 'tag' }),
      record({ name: 'B mittig', participantsMin: 20, participantsMax: 80, durationClass: 'stunden' }),
    ]);
    expect(orderOf(index, { participants: 40, duration: 'tag' }).map((entry) => entry.name)).toEqual(['B mittig', 'A dauert passend']);
  });

  it('never reorders formats of different scores', () => {
    const index = indexOf([
      record({ name: 'A passt', modes: ['online'], participantsMin: 39, participantsMax: 60 }),
      record({ name: 'B mittig, aber vor Ort', modes: ['praesenz'], participantsMin: 20, participantsMax: 80 }),
    ]);
    const order = orderOf(index, { participants: 40, modes: ['online'] });
    expect(order.map((entry) => entry.name)).toEqual(['A passt', 'B mittig, aber vor Ort']);
    expect(order[0].score).toBeGreaterThan(order[1].score);
  });

  it('ties only formats equal on every fact, sharing the rank and saying so', () => {
    const facts: Partial<FormatRecord> = { goals: ['ideen_vorschlaege'], modes: ['online'], participantsMin: 20, participantsMax: 80, durationClass: 'tag', provenance: { goals: 'X' } };
    const index = indexOf([record({ ...facts, name: 'Zwilling B' }), record({ ...facts, name: 'Zwilling A' }), record({ ...facts, name: 'Anders', durationClass: 'stunden' })]);
    const search: Search = { goals: ['ideen_vorschlaege'], modes: ['online'], participants: 40, duration: 'tag' };
    const order = orderOf(index, search);
    expect(order.map(({ name, rank, tiedWith }) => ({ name, rank, tiedWith }))).toEqual([
      { name: 'Zwilling A', rank: 1, tiedWith: 1 },
      { name: 'Zwilling B', rank: 1, tiedWith: 1 },
      { name: 'Anders', rank: 3, tiedWith: 0 },
    ]);
    // Pages agree on the shared rank.
    const second = rankFormats(index, { ...search, page: 2, pageSize: 1 }, settings).results[0];
    expect({ rank: second.rank, tiedWith: second.tiedWith }).toEqual({ rank: 1, tiedWith: 1 });
  });
});

describe('the order only works out fit for formats that can reach the page', () => {
  it('gives every page exactly the slice of the whole order', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const goals = ['informieren_kompetenz', 'probleme_bedarfe', 'ideen_vorschlaege', 'feedback_massnahmen'];
    const records = Array.from({ length: 120 }, (_, at) =>
      record({
        name: `Format ${String(at).padStart(3, '0')}`,
        goals: goals.filter(() => next() < 0.5),
        modes: [['online'], ['praesenz'], ['hybrid'], []][at % 4],
        participantsMin: next() < 0.2 ? null : 5 + Math.floor(next() * 30),
        participantsMax: next() < 0.3 ? null : 40 + Math.floor(next() * 300),
        durationClass: ['stunden', 'tag', 'mehrtaegig', null][Math.floor(next() * 4)],
        provenance: next() < 0.5 ? { goals: 'estimate' } : { goals: 'SRC', modes: 'SRC' },
      }),
    );
    const index = indexOf(records);
    const searches: Search[] = [{}, { goals: ['ideen_vorschlaege'] }, { participants: 40, modes: ['online'] }, { goals: ['probleme_bedarfe', 'ideen_vorschlaege'], duration: 'tag', participants: 120 }];
    for (const search of searches) {
      const whole = rankFormats(index, { ...search, pageSize: 120 }, settings).results;
      const paged = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((page) => rankFormats(index, { ...search, page, pageSize: 14 }, settings).results);
      expect(paged.map(({ position, rank, tiedWith }) => ({ position, rank, tiedWith }))).toEqual(whole.map(({ position, rank, tiedWith }) => ({ position, rank, tiedWith })));
    }
  });
});
