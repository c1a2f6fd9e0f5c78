/** The toolkit: every published document with its downloads and the formats it belongs to. */
import { getJson, strapiQuery } from './api.js';
import { appendAll, fromMarkdown, h, language, sitePath, t } from './dom.js';
import { downloads } from './format-page.js';
import { parseMarkdown } from './markdown.js';

export async function render(area) {
  const answer = await getJson('/api/toolkit-documents', strapiQuery({
    locale: language,
    sort: 'title',
    'pagination[pageSize]': 100,
    'populate[files]': 'true',
    'populate[formats][fields][0]': 'name',
    'populate[formats][fields][1]': 'slug',
  }));
  area.querySelector('.loading')?.remove();
  appendAll(area,
    h('p', { class: 'lead' }, t('toolkitLead')),
    h('ul', { class: 'cards' }, answer.data.map((doc) =>
      h('li', { class: 'card', id: doc.slug },
        h('h2', {}, doc.title),
        doc.summary ? h('p', {}, doc.summary) : null,
        downloads(doc.files ?? []),
        doc.body ? h('details', {}, h('summary', {}, t('formatDescription'), h('span', { class: 'visually-hidden' }, ` – ${doc.title}`)), ...fromMarkdown(parseMarkdown(doc.body))) : null,
        h('dl', {},
          doc.version ? [h('dt', {}, t('version')), h('dd', {}, doc.version)] : null,
          doc.licence ? [h('dt', {}, t('licence')), h('dd', {}, doc.licence)] : null,
        ),
        (doc.formats ?? []).length
          ? [h('h3', {}, t('relatedFormats')), h('ul', {}, doc.formats.map((format) => h('li', {}, h('a', { href: sitePath('format', format.slug) }, format.name))))]
          : null,
      ),
    )),
  );
}
