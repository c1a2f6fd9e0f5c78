import { findCodeProblems, findRangeProblems } from '../../src/domain/code-validation';
import { participationFormatFields } from '../../src/domain/content-fields';

describe('findCodeProblems', () => {
  it('accepts known codes and ignores fields that are absent or null', () => {
    expect(findCodeProblems({ goals: ['ideen_vorschlaege'], modes: null }, participationFormatFields)).toEqual([]);
    expect(findCodeProblems({ name: 'x' }, participationFormatFields)).toEqual([]);
  });

  it('names the field, the element and the allowed codes of an unknown code', () => {
    const [problem, ...rest] = findCodeProblems({ modes: ['online', 'telepathy'] }, participationFormatFields);
    expect(rest).toEqual([]);
    expect(problem.path).toBe('modes[1]');
    expect(problem.message).toContain('"telepathy"');
    expect(problem.message).toContain('praesenz, online, hybrid, schriftlich, aufsuchend');
    expect(problem.allowed).toContain('online');
  });

  it('rejects a value that is not an array', () => {
    expect(findCodeProblems({ goals: 'ideen_vorschlaege' }, participationFormatFields)).toEqual([
      expect.objectContaining({ path: 'goals', message: expect.stringContaining('must be an array') }),
    ]);
  });

  it('rejects duplicates and non-string elements', () => {
    const problems = findCodeProblems({ levels: ['information', 'information', 3] }, participationFormatFields);
    expect(problems.map((problem) => problem.path)).toEqual(['levels[1]', 'levels[2]']);
  });
});

describe('findRangeProblems', () => {
  const ranges = [['participantsMin', 'participantsMax']] as const;

  it('flags a maximum below the minimum', () => {
    expect(findRangeProblems({ participantsMin: 50, participantsMax: 10 }, ranges)).toEqual([
      expect.objectContaining({ path: 'participantsMax' }),
    ]);
  });

  it('accepts an open upper bound and equal bounds', () => {
    expect(findRangeProblems({ participantsMin: 50, participantsMax: null }, ranges)).toEqual([]);
    expect(findRangeProblems({ participantsMin: 5, participantsMax: 5 }, ranges)).toEqual([]);
  });
});
