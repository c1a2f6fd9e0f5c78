import { compileDigestMail, renderDigestMail, type DigestItem } from '../../server/src/domain/digest';
import { fillHtml, fillText } from '../../server/src/domain/mail-html';
import { fillSlots, slotsOf } from '../../server/src/domain/mail-slots';
import { compileMarkdownMail, renderMarkdownMail } from '../../server/src/domain/markdown-mail';
import { UNSUBSCRIBE_FOOTER } from '../../server/src/domain/messages';
import { de } from '../../server/src/messages/de';
import { en } from '../../server/src/messages/en';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

// Umlauts, HTML-special characters, Markdown, placeholders inside values, line breaks, astral characters.
const ALPHABET = ['a', 'Z', 'ä', 'Ö', 'ß', 'é', ' ', '<', '>', '&', '"', "'", '*', '_', '#', '[', ']', '(', ')', '{{firstName}}', '{', '}', '\n', '\r\n', '=', '😀', 'İ', '\t', '-'];

function name(next: () => number, max = 12): string {
  let out = '';
  const length = Math.floor(next() * max);
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

const SUBJECT = 'Neues zum Mitwirken, {{firstName}} {{ lastName }}';
const BODY =
  '## Termine im Dezember\n\nHallo {{firstName}} {{lastName}},\n\nam **Montag, 7. Dezember** laden wir zu einem [Workshop](https://example.org/workshop) über den Stadtteilpark ein.\n\n- 18:00 Uhr, {{unknown}}\n- barrierefrei\n\nAbmelden: {{unsubscribeUrl}}\n<b>roh</b> & {{ firstName }}\n';

describe('compileMarkdownMail', () => {
  it('renders what renderMarkdownMail renders, byte for byte, for random names', () => {
    for (const [language, footer] of [
      ['de', UNSUBSCRIBE_FOOTER.de],
      ['en', UNSUBSCRIBE_FOOTER.en],
    ] as const) {
      const compiled = compileMarkdownMail(SUBJECT, BODY, language, footer);
      for (let seed = 1; seed <= 300; seed++) {
        const next = random(seed);
        const values = { firstName: name(next), lastName: name(next), unsubscribeUrl: `https://example.org/u?token=${seed}.${name(next, 6)}&lang=${language}` };
        expect({ seed, ...compiled.render(values) }).toEqual({ seed, ...renderMarkdownMail(SUBJECT, BODY, values, language, footer) });
      }
    }
  });

  it('keeps placeholders the values lack, as renderMarkdownMail does', () => {
    const compiled = compileMarkdownMail('Hallo {{firstName}}', 'Text {{lastName}} {{unsubscribeUrl}}', 'de', 'Fuß {{unsubscribeUrl}}');
    for (const values of [{}, { firstName: 'Ä' }, { lastName: '<i>', unsubscribeUrl: 'https://example.org/?a=1&b=2' }] as Array<Record<string, string>>) {
      expect(compiled.render(values)).toEqual(renderMarkdownMail('Hallo {{firstName}}', 'Text {{lastName}} {{unsubscribeUrl}}', values, 'de', 'Fuß {{unsubscribeUrl}}'));
    }
  });

  it('renders random bodies and footers alike', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed * 7919);
      const body = Array.from({ length: 6 }, () => name(next, 20)).join(['\n', '\n\n', ' {{unsubscribeUrl}} ', ' {{lastName}}'][Math.floor(next() * 4)]);
      const footer = `${name(next, 30)} {{unsubscribeUrl}} ${name(next, 10)}`;
      const subject = name(next, 20);
      const values = { firstName: name(next), lastName: name(next), unsubscribeUrl: name(next) };
      expect({ seed, ...compileMarkdownMail(subject, body, 'de', footer).render(values) }).toEqual({ seed, ...renderMarkdownMail(subject, body, values, 'de', footer) });
    }
  });
});

describe('slots', () => {
  it('fill as fillText and fillHtml fill', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed * 104729);
      const template = Array.from({ length: 5 }, () => name(next, 8)).join(['{{firstName}}', '{{ dataUrl }}', '{{x}}', ''][Math.floor(next() * 4)]);
      const values = { firstName: name(next), dataUrl: name(next) };
      expect(fillSlots(slotsOf(template, 'text'), values)).toBe(fillText(template, values));
      expect(fillSlots(slotsOf(template, 'html'), values)).toBe(fillHtml(template, values));
    }
  });

  it('give an empty text for an empty template', () => {
    expect(fillSlots(slotsOf('', 'text'), {})).toBe('');
  });
});

describe('compileDigestMail', () => {
  const items: DigestItem[] = Array.from({ length: 8 }, (_, n) => ({
    id: String(n),
    title: { de: `Angebot <${n}> & „Park“`, en: `Offer ${n}` },
    summary: n % 3 === 0 ? null : { de: `Worum es geht:\n  Zeile ${n} – {{firstName}}`, en: `About ${n}` },
    url: n % 4 === 1 ? ({ de: 'javascript:alert(1)' } as Record<string, string>) : { de: `https://example.org/de/${n}?a=1&b=2`, en: `https://example.org/en/${n}` },
    facets: {} as Record<string, string[]>,
    startsAt: n % 5 === 2 ? null : new Date(Date.UTC(2030, 4, 1 + n, 16)).toISOString(),
    timeZone: n === 3 ? 'America/New_York' : null,
  }));

  it('renders what renderDigestMail renders, byte for byte, for random names and item lists', () => {
    for (const [language, catalogue, dateLocale] of [
      ['de', de, 'de-DE'],
      ['en', en, 'en-GB'],
    ] as const) {
      const texts = { ...catalogue.digest, greeting: `${catalogue.digest.greeting} {{lastName}} {{unknown}}` };
      const fixed = { texts, language, fallbackLanguage: 'de', footer: catalogue.unsubscribeFooter, dateLocale, timeZone: 'Europe/Berlin' };
      const compiled = compileDigestMail(fixed);
      for (let seed = 1; seed <= 300; seed++) {
        const next = random(seed * 31);
        const listed = items.filter(() => next() < 0.5);
        const values = { firstName: name(next), lastName: name(next), unsubscribeUrl: `https://example.org/u?token=${seed}&x=${name(next, 4)}`, dataRequestUrl: `https://example.org/d?lang=${language}` };
        expect({ seed, ...compiled.render(listed, values) }).toEqual({ seed, ...renderDigestMail({ ...fixed, items: listed, values }) });
      }
    }
  });
});
