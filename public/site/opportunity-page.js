/**
 * One opportunity to take part: when, where, how to join and register, what support there is,
 * who organises it, the format it uses; with an "add to calendar" file. The schema.org data for
 * search engines is already in the page the server sent (src/front/opportunity-json-ld.ts).
 */
import { ApiError, getJson, strapiQuery } from './api.js';
import { appendAll, fromMarkdown, h, language, opportunityLabel, sitePath, t } from './dom.js';
import { parseMarkdown } from './markdown.js';
import { formatDateRange, formatMoment, hasEnded } from './opportunity-dates.js';

const WEB_LINK = /^https?:\/\//i;

export async function render(area) {
  const slug = area.dataset.slug;
  const heading = area.querySelector('h1');
  const back = h('p', { class: 'no-print' }, h('a', { href: sitePath('opportunities') }, t('opportunitiesBack')));
  let opportunity;
  try {
    opportunity = (await getJson(`/api/participation-opportunities/${encodeURIComponent(slug)}`, strapiQuery({ locale: language }))).data;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    area.querySelector('.loading')?.remove();
    heading.textContent = t('notFoundTitle');
    appendAll(area, h('p', {}, t('opportunityNotFound')), back);
    return;
  }
  area.querySelector('.loading')?.remove();
  heading.textContent = opportunity.title;
  document.title = `${opportunity.title} – ${t('siteName')}`;

  appendAll(area,
    back,
    statusNotice(opportunity),
    opportunity.summary ? h('p', { class: 'lead' }, opportunity.summary) : null,
    h('h2', {}, t('opportunityFacts')),
    h('dl', { class: 'facts' }, facts(opportunity).map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    h('p', { class: 'no-print' },
      h('a', { class: 'button', href: calendarPath(opportunity), download: `${opportunity.slug}.ics` }, t('addToCalendar')),
    ),
    placeSection(opportunity),
    onlineSection(opportunity),
    registrationSection(opportunity),
    h('h2', {}, t('opportunityServices')),
    opportunity.accessibilityServices.length
      ? h('ul', {}, opportunity.accessibilityServices.map((code) => h('li', {}, opportunityLabel('accessibility', code))))
      : h('p', {}, t('opportunityNoServices')),
    opportunity.description ? [h('h2', {}, t('opportunityDescription')), ...fromMarkdown(parseMarkdown(opportunity.description))] : null,
    organiserSection(opportunity),
    opportunity.format
      ? [h('h2', {}, t('opportunityFormat')), h('p', {}, `${t('opportunityFormatLead')} `, h('a', { href: sitePath('format', opportunity.format.slug) }, opportunity.format.name))]
      : null,
    opportunity.toolkitDocuments.length
      ? [
          h('h2', {}, t('opportunityToolkit')),
          h('ul', {}, opportunity.toolkitDocuments.map((doc) => h('li', {}, h('a', { href: `${sitePath('toolkit')}#${encodeURIComponent(doc.slug)}` }, doc.title)))),
        ]
      : null,
  );
}

/** The per-event calendar file, by documentId (a slug may change with the title). */
function calendarPath(opportunity) {
  const query = language === 'de' ? '' : `?locale=${language}`;
  return `/api/participation-opportunities/${encodeURIComponent(opportunity.documentId)}/calendar.ics${query}`;
}

/** Anything but "takes place" is said first, in words (not by colour alone). */
function statusNotice(opportunity) {
  if (opportunity.currentStatus === 'geplant') return null;
  return h('div', { class: `status-notice status-${opportunity.currentStatus}` }, h('p', {}, h('strong', {}, t(`statusNotice_${opportunity.currentStatus}`))));
}

function facts(opportunity) {
  const dates = opportunity.dates;
  const topicLinks = opportunity.topics.map((code, index) => [
    index ? ', ' : '',
    h('a', { href: `${sitePath('opportunities')}?topic=${encodeURIComponent(code)}` }, opportunityLabel('topic', code)),
  ]);
  return [
    [
      dates.length === 1 ? t('opportunityDatesOne') : t('opportunityDates'),
      h('ul', { class: 'dates' }, dates.map((date) =>
        h('li', {}, h('time', { datetime: date.start }, formatDateRange(date, language)), hasEnded(date) ? ` (${t('opportunityDatePast')})` : null),
      )),
    ],
    [t('opportunityStatus'), opportunityLabel('status', opportunity.currentStatus)],
    [t('opportunityAttendance'), opportunityLabel('attendance', opportunity.attendance)],
    [t('opportunityTopics'), opportunity.topics.length ? h('span', {}, topicLinks) : null],
    [t('opportunityDistricts'), opportunity.districts.map((code) => opportunityLabel('district', code)).join(', ')],
    [t('opportunityLanguages'), opportunity.languages.map((code) => opportunityLabel('language', code)).join(', ')],
    [t('opportunityCosts'), opportunity.free ? t('opportunityFree') : [t('opportunityNotFree'), opportunity.costNote].filter(Boolean).join(' – ')],
  ].filter(([, value]) => value);
}

function placeSection(opportunity) {
  const place = opportunity.place;
  if (opportunity.attendance === 'online' || !place) return null;
  const district = place.district ? opportunityLabel('district', place.district) : null;
  return [
    h('h2', {}, t('opportunityPlace')),
    h('p', { class: 'place' },
      place.name ? [h('strong', {}, place.name), h('br')] : null,
      String(place.address ?? '').split(/\r?\n/).filter(Boolean).map((line, index) => [index ? h('br') : null, line]),
      district ? [h('br'), district] : null,
    ),
    place.directions ? [h('h3', {}, t('opportunityDirections')), h('p', {}, place.directions)] : null,
    place.accessibilityHints ? [h('h3', {}, t('opportunityPlaceAccessibility')), h('p', {}, place.accessibilityHints)] : null,
  ];
}

/** The link only when the API hands it out (from its time on); before, when it will be there. */
function onlineSection(opportunity) {
  if (opportunity.attendance === 'praesenz' || ['abgesagt', 'vergangen'].includes(opportunity.currentStatus)) return null;
  let body;
  if (opportunity.onlineLink && WEB_LINK.test(opportunity.onlineLink)) {
    body = h('p', {}, h('a', { class: 'button', href: opportunity.onlineLink, rel: 'noopener' }, t('opportunityOnlineLink')));
  } else if (opportunity.onlineLinkVisibleFrom) {
    body = h('p', {}, t('opportunityOnlineLater', { time: formatMoment(opportunity.onlineLinkVisibleFrom, language, opportunity.nextDate?.timeZone) }));
  } else {
    body = h('p', {}, t('opportunityOnlineNotPublic'));
  }
  return [h('h2', {}, t('opportunityOnline')), body];
}

function registrationSection(opportunity) {
  const timeZone = opportunity.nextDate?.timeZone ?? opportunity.dates[0]?.timeZone;
  const full = opportunity.eventStatus === 'ausgebucht';
  const here = opportunity.registration === 'hier';
  const link = !here && opportunity.registration !== 'keine' && opportunity.registrationUrl && WEB_LINK.test(opportunity.registrationUrl) && !full;
  return [
    h('h2', {}, t('opportunityRegistration')),
    h('ul', {},
      h('li', {}, opportunityLabel('registration', opportunity.registration)),
      here ? registerHere(opportunity) : null,
      link
        ? h('li', {}, h('a', { href: opportunity.registrationUrl, rel: 'noopener' }, t('registrationLink')), opportunity.registration === 'extern' ? ` ${t('registrationExternal')}` : null)
        : null,
      opportunity.registrationDeadline ? h('li', {}, t('registrationDeadline', { time: formatMoment(opportunity.registrationDeadline, language, timeZone) })) : null,
      opportunity.capacity ? h('li', {}, full ? t('capacityFull', { count: opportunity.capacity }) : t('capacity', { count: opportunity.capacity })) : null,
    ),
  ];
}

/**
 * Registration here: the registrations plugin's own page (it works without JavaScript), while a
 * place or a waitlist spot is open; otherwise the reason it is closed.
 */
function registerHere(opportunity) {
  if (!opportunity.registrationOpen) return h('li', {}, t('registrationClosed'));
  const places = opportunity.placesLeft === null ? null
    : opportunity.placesLeft === 0 ? (opportunity.waitlist ? t('placesWaitlist') : null)
    : opportunity.placesLeft === 1 ? t('placesLeftOne') : t('placesLeft', { count: opportunity.placesLeft });
  const href = `/api/registrations/page?${new URLSearchParams({ event: opportunity.documentId, locale: language })}`;
  return h('li', {}, h('a', { class: 'button', href, id: 'register-here' }, t('registerNow')), places ? ` ${places}` : null);
}

function organiserSection(opportunity) {
  const rows = [
    [t('opportunityOffice'), opportunity.organiserOffice],
    [t('opportunityEmail'), opportunity.contactEmail ? h('a', { href: `mailto:${opportunity.contactEmail}` }, opportunity.contactEmail) : null],
    [t('opportunityPhone'), opportunity.contactPhone ? h('a', { href: `tel:${opportunity.contactPhone.replace(/[^\d+]/g, '')}` }, opportunity.contactPhone) : null],
  ].filter(([, value]) => value);
  if (!rows.length) return null;
  return [h('h2', {}, t('opportunityOrganiser')), h('dl', {}, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]))];
}
