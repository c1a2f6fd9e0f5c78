/** The pilot municipalities as a list; no map, since that would need a third-party tile service. */
import { getJson, strapiQuery } from './api.js';
import { appendAll, federalStateLabel, fromMarkdown, h, language, sitePath, t } from './dom.js';
import { parseMarkdown } from './markdown.js';


export async function render(area) {
  const answer = await getJson('/api/pilot-municipalities', strapiQuery({
    locale: language,
    sort: 'name',
    'pagination[pageSize]': 100,
    'populate[formats][fields][0]': 'name',
    'populate[formats][fields][1]': 'slug',
  }));
  area.querySelector('.loading')?.remove();
  const date = (value) => (value ? new Date(value).toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }) : '');
  appendAll(area,
    h('p', { class: 'lead' }, t('municipalitiesLead')),
    h('ul', { class: 'cards' }, answer.data.map((place) => {
      const facts = [
        [t('state'), federalStateLabel(place.federalState)],
        [t('dialogueDate'), [date(place.dialogueDate), place.dialogueNote].filter(Boolean).join(' – ')],
        [t('topic'), place.topic],
        [t('programme'), place.programme],
        [t('participants'), [place.participantsCount, place.participantsNote].filter((value) => value !== null && value !== undefined && value !== '').join(' – ')],
      ].filter(([, value]) => value);
      return h('li', { class: 'card', id: place.slug },
        h('h2', {}, place.name),
        h('dl', {}, facts.map(([label, value]) => [h('dt', {}, label), h('dd', {}, String(value))])),
        place.description ? fromMarkdown(parseMarkdown(place.description)) : null,
        (place.formats ?? []).length
          ? [h('h3', {}, t('relatedFormats')), h('ul', {}, place.formats.map((format) => h('li', {}, h('a', { href: sitePath('format', format.slug) }, format.name))))]
          : null,
        place.website && /^https?:\/\//.test(place.website) ? h('p', {}, h('a', { href: place.website, rel: 'noopener' }, t('website'), h('span', { class: 'visually-hidden' }, `: ${place.name}`))) : null,
      );
    })),
  );
}
