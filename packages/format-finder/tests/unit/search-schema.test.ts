import { buildSearchSchema, parseSearch, searchFromQuery } from '../../server/src/domain/search-schema';
import { indexOf, record } from './fixtures';

const index = indexOf([record({ name: 'A', phases: ['analyse'] })]);
const schema = buildSearchSchema(index.options, { locales: ['de', 'en'], maxPageSize: 50 });

describe('searchFromQuery + parseSearch', () => {
  it('reads comma-separated and repeated lists and numbers from a query string', () => {
    const input = searchFromQuery({ goals: ['ideen_vorschlaege', 'probleme_bedarfe'], modes: 'online,hybrid', participants: '40', must: 'modes', locale: 'en', pageSize: '5' });
    expect(parseSearch(schema, input)).toEqual({
      search: { goals: ['ideen_vorschlaege', 'probleme_bedarfe'], modes: ['online', 'hybrid'], participants: 40, must: ['modes'], locale: 'en', pageSize: 5 },
      problems: null,
    });
  });

  it('names an unknown option and lists the allowed ones', () => {
    const { problems } = parseSearch(schema, searchFromQuery({ modes: 'online,telepathy' }));
    expect(problems).toEqual([
      { path: 'modes[1]', message: 'modes[1]: "telepathy" is not an option; allowed: praesenz, online, hybrid, schriftlich, aufsuchend', allowed: ['praesenz', 'online', 'hybrid', 'schriftlich', 'aufsuchend'] },
    ]);
  });

  it('names a list nested 5,000 deep without quoting it (quoting it overflowed the stack)', () => {
    const deep = JSON.parse(`{"goals":[${'['.repeat(5000)}${']'.repeat(5000)}]}`);
    const { problems } = parseSearch(schema, deep);
    expect(problems![0].message).toMatch(/^goals\[0\]: a list is not an option; allowed: /);
    expect(parseSearch(schema, { level: 'x'.repeat(500) }).problems![0].message).toMatch(/^level: "x{76}… is not an option/);
  });

  it('names an unknown criterion', () => {
    const { problems } = parseSearch(schema, searchFromQuery({ colour: 'red' }));
    expect(problems![0].message).toMatch(/^unknown parameter colour; allowed: goals, level, modes, participants/);
  });

  it.each([
    [{ participants: '-3' }, 'participants must be a whole number from 1 to 1000000'],
    [{ participants: 'forty' }, 'participants must be a whole number from 1 to 1000000'],
    [{ pageSize: '500' }, 'pageSize must be a whole number from 1 to 50'],
    [{ must: 'budget' }, 'must names budget, but the search gives no value for budget'],
    [{ must: 'colour' }, 'must[0]: "colour" is not an option; allowed: goals, level'],
    [{ level: 'everything' }, 'level: "everything" is not an option; allowed: information, konsultation'],
    [{ locale: 'fr' }, 'locale: "fr" is not an option; allowed: de, en'],
    [{ goals: 'ideen_vorschlaege,ideen_vorschlaege' }, 'goals names an option twice'],
  ])('refuses %j', (query, message) => {
    const { problems } = parseSearch(schema, searchFromQuery(query));
    expect(problems!.map((problem) => problem.message).join(' | ')).toContain(message);
  });

  it('takes a JSON body with the same schema and refuses unknown keys there too', () => {
    expect(parseSearch(schema, { goals: ['ideen_vorschlaege'], participants: 12 }).problems).toBeNull();
    expect(parseSearch(schema, { goals: 'ideen_vorschlaege' }).problems![0].message).toBe('goals must be a list of options');
    expect(parseSearch(schema, { extra: true }).problems![0].path).toBe('extra');
  });
});
