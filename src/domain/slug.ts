import slugify from 'slugify';

/** URL slug in German transliteration: "Bürgerrat" → "buergerrat", "Straße" → "strasse". */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, locale: 'de', trim: true });
}
