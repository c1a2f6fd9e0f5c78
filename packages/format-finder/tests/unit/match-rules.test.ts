import { STATUS_CODE } from '../../server/src/domain/criteria';
import { participantsStatus, rangeOverlaps } from '../../server/src/domain/match-rules';
import { indexOf, record } from './fixtures';

const { unknown, not_matched: notMatched, partly, matched } = STATUS_CODE;

describe('participants', () => {
  const range = record({ participantsMin: 20, participantsMax: 60 });

  it.each([
    [40, matched],
    [20, matched],
    [60, matched],
    [85, partly],
    [90, partly],
    [91, notMatched],
    [10, partly],
    [9, notMatched],
  ])('%i people against 20–60 with 50%% tolerance', (people, status) => {
    expect(participantsStatus(range, people, 0.5)).toBe(status);
  });

  it('reads an empty maximum as no upper bound and an empty minimum as 1', () => {
    expect(participantsStatus(record({ participantsMin: 100 }), 5000, 0.5)).toBe(matched);
    expect(participantsStatus(record({ participantsMax: 10 }), 1, 0.5)).toBe(matched);
    expect(participantsStatus(record({}), 10, 0.5)).toBe(unknown);
  });

  it('finds overlapping buckets', () => {
    expect(rangeOverlaps(range, 1, 25)).toBe(true);
    expect(rangeOverlaps(range, 61, 100)).toBe(false);
    expect(rangeOverlaps(record({ participantsMin: 500 }), 501, null)).toBe(true);
  });
});

describe('option statuses in the index', () => {
  const formats = [
    record({ name: 'A', modes: ['hybrid'], levels: ['konsultation'], durationClass: 'tag', costLevel: 'niedrig', conflictFit: 'beide' }),
    record({ name: 'B', modes: ['online'], levels: ['mitentscheidung'], durationClass: 'stunden', budgetBand: 'von_5000_bis_10000', conflictFit: 'keine_verhaerteten' }),
    record({ name: 'C', costLevel: 'mittel' }),
  ];
  const index = indexOf(formats);
  const status = (criterion: keyof typeof index.statuses, option: string) => Array.from(index.statuses[criterion].get(option)!);

  it('treats hybrid as a partial match for in-person and online', () => {
    expect(status('modes', 'online')).toEqual([partly, matched, unknown]);
    expect(status('modes', 'praesenz')).toEqual([partly, notMatched, unknown]);
  });

  it('counts a neighbouring level as partly', () => {
    expect(status('level', 'kooperation')).toEqual([partly, partly, unknown]);
    expect(status('level', 'information')).toEqual([partly, notMatched, unknown]);
  });

  it('fits shorter durations into the time available', () => {
    expect(status('duration', 'stunden')).toEqual([partly, matched, unknown]);
    expect(status('duration', 'mehrtaegig')).toEqual([matched, matched, unknown]);
  });

  it('uses the budget band, else the bands the cost level stands for', () => {
    expect(status('budget', 'bis_1000')).toEqual([partly, notMatched, notMatched]);
    expect(status('budget', 'von_1000_bis_5000')).toEqual([matched, partly, notMatched]);
    expect(status('budget', 'von_5000_bis_10000')).toEqual([matched, matched, partly]);
  });

  it('matches conflict situations through the compatibility table', () => {
    expect(status('conflict', 'verhaertet')).toEqual([matched, notMatched, unknown]);
    expect(status('conflict', 'keine_verhaerteten')).toEqual([matched, matched, unknown]);
  });

  it('derives accessibility needs from modes and duration', () => {
    expect(status('accessibility', 'ohne_anreise')).toEqual([matched, matched, unknown]);
    expect(status('accessibility', 'ohne_internet')).toEqual([matched, notMatched, unknown]);
    expect(status('accessibility', 'kurze_teilnahme')).toEqual([notMatched, matched, unknown]);
  });
});
