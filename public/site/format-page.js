/** A participation format with its toolkit documents and the pilot municipalities that used it. */
import { getJson, optionLabels, strapiQuery } from './api.js';
import { appendAll, formatBytes, fromMarkdown, h, language, opportunityLabel, sitePath, t } from './dom.js';
import { parseMarkdown } from './markdown.js';
import { formatDateRange } from './opportunity-dates.js';

export async function render(area) {
  const slug = area.dataset.slug;
  const [answer, labels, opportunities] = await Promise.all([
    getJson('/api/participation-formats', strapiQuery({
      locale: language,
      'filters[slug][$eq]': slug,
      'populate[toolkitDocuments][populate][0]': 'files',
      'populate[pilotMunicipalities][fields][0]': 'name',
      'populate[pilotMunicipalities][fields][1]': 'slug',
      'populate[pilotMunicipalities][fields][2]': 'dialogueDate',
    })),
    optionLabels(language),
    // The format's own facts still show when the opportunities cannot be read.
    getJson('/api/participation-opportunities', strapiQuery({ format: slug, locale: language, pageSize: 10 })).catch((error) => {
      console.warn(error);
      return null;
    }),
  ]);
  const format = answer.data[0];
  const heading = area.querySelector('h1');
  area.querySelector('.loading')?.remove();
  const back = h('p', { class: 'no-print' }, h('a', { href: sitePath('finder') }, t('formatBack')));
  if (!format) {
    heading.textContent = t('notFoundTitle');
    appendAll(area, h('p', {}, t('formatNotFound')), back);
    return;
  }
  heading.textContent = format.name;
  document.title = `${format.name} – ${t('siteName')}`;

  const words = (criterion, codes) => [].concat(codes ?? []).map((code) => labels[criterion]?.[code] ?? code).join(', ');
  const facts = [
    [t('criterion_level'), words('level', format.levels?.length ? format.levels : format.primaryLevel)],
    [t('criterion_modes'), words('modes', format.modes)],
    [t('formatGroupSize'), groupSize(format)],
    [t('criterion_duration'), format.durationText || words('duration', format.durationClass)],
    [t('criterion_leadTime'), format.leadTimeText || words('leadTime', format.leadTimeClass)],
    [t('criterion_budget'), words('budget', format.budgetBand)],
    [t('criterion_goals'), words('goals', format.goals)],
    [t('criterion_targetGroups'), words('targetGroups', format.targetGroups)],
    [t('criterion_phase'), words('phase', format.phases)],
    [t('formatFacilitation'), format.facilitationNote ?? ''],
  ].filter(([, value]) => value);

  appendAll(area,
    back,
    format.summary ? h('p', { class: 'lead' }, format.summary) : null,
    h('h2', {}, t('formatFacts')),
    h('dl', { class: 'facts' }, facts.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    section(t('formatDescription'), format.description),
    section(t('formatStrengths'), format.strengths),
    section(t('formatLimitations'), format.limitations),
    format.accessibilityNotes ? [h('h2', {}, t('formatAccessibility')), h('p', {}, format.accessibilityNotes)] : null,
    h('h2', {}, t('formatToolkit')),
    documentList(format.toolkitDocuments ?? []),
    h('h2', {}, t('formatMunicipalities')),
    (format.pilotMunicipalities ?? []).length
      ? h('ul', {}, format.pilotMunicipalities.map((place) => h('li', {}, h('a', { href: `${sitePath('municipalities')}#${place.slug}` }, place.name))))
      : h('p', {}, t('formatNone')),
    opportunities ? upcomingOpportunities(opportunities.data) : null,
    sources(format.sources),
  );
}

/** The format's next opportunities to take part, soonest first, as the list API gives them. */
function upcomingOpportunities(list) {
  return [
    h('h2', { id: 'format-opportunities' }, t('formatOpportunities')),
    list.length
      ? h('ul', { class: 'upcoming' }, list.map((opportunity) => {
          const date = opportunity.nextDate ?? opportunity.dates[0];
          return h('li', {},
            h('a', { href: sitePath('opportunity', opportunity.slug) }, opportunity.title),
            date ? [' – ', h('time', { datetime: date.start }, formatDateRange(date, language))] : null,
            opportunity.currentStatus === 'geplant' ? null : [' ', h('span', { class: 'tag' }, opportunityLabel('status', opportunity.currentStatus))],
          );
        }))
      : h('p', {}, t('formatOpportunitiesNone')),
  ];
}

function groupSize(format) {
  if (!format.participantsMin && !format.participantsMax) return '';
  if (!format.participantsMax) return t('formatGroupSizeOpen', { min: format.participantsMin ?? 1 });
  return t('formatGroupSizeValue', { min: format.participantsMin ?? 1, max: format.participantsMax });
}

function section(title, markdown) {
  if (!markdown) return null;
  return [h('h2', {}, title), ...fromMarkdown(parseMarkdown(markdown))];
}

/** Toolkit documents with a download link per file (shared with the toolkit page). */
export function documentList(documents) {
  if (!documents.length) return h('p', {}, t('formatNone'));
  return h('ul', { class: 'cards' }, documents.map((doc) =>
    h('li', { class: 'card', id: doc.slug },
      h('h3', {}, doc.title),
      doc.summary ? h('p', {}, doc.summary) : null,
      downloads(doc.files ?? []),
    ),
  ));
}

export function downloads(files) {
  if (!files.length) return null;
  return h('ul', { class: 'downloads' }, files.map((file) =>
    h('li', {}, h('a', { href: file.url, download: file.name, class: 'download' },
      t('downloadLabel', { name: file.name, type: String(file.ext ?? '').replace('.', '').toUpperCase(), size: formatBytes(file.size) }))),
  ));
}

function sources(list) {
  const entries = list && typeof list === 'object' ? Object.values(list) : [];
  const texts = entries.map((entry) => (typeof entry === 'string' ? entry : entry?.title ?? entry?.reference ?? entry?.url ?? '')).filter(Boolean);
  if (!texts.length) return null;
  return [h('h2', {}, t('formatSources')), h('ul', { class: 'muted' }, texts.map((text) => h('li', {}, text)))];
}
