/**
 * The city's opportunities to take part, soonest first, with filters answered live by
 * GET /api/participation-opportunities. The page address carries the filters in the API's own
 * query syntax, so a filtered list is a link that can be shared.
 */
import { ApiError, newestOnly } from './api.js';
import { h, language, opportunityCodes, opportunityLabel, sitePath, t } from './dom.js';
import { formatDateRange, hasEnded } from './opportunity-dates.js';
import { LIST_FILTERS, calendarFeeds, datesOutOfOrder, searchFromParams, searchToParams } from './opportunity-search.js';

const PAGE_SIZE = 20;

export async function render(area) {
  const known = Object.fromEntries(LIST_FILTERS.map((filter) => [filter, Object.keys(opportunityCodes(filter))]));
  let search = searchFromParams(new URLSearchParams(location.search), known);
  let pending = null;
  const searches = newestOnly();

  area.querySelector('.loading')?.remove();
  area.append(h('p', { class: 'lead' }, t('opportunitiesLead')));

  const form = h('form', { class: 'finder-form', role: 'search', 'aria-labelledby': 'filter-heading', novalidate: true },
    h('h2', { id: 'filter-heading' }, t('filterHeading')),
    checkboxes('topic', t('filterTopic'), search),
    districtSelect(search),
    checkboxes('attendance', t('filterAttendance'), search),
    checkboxes('accessibility', t('filterAccessibility'), search, t('filterAccessibilityHint')),
    dateFields(search),
    h('div', { class: 'finder-actions' },
      h('button', { type: 'submit', id: 'show-opportunities' }, t('filterShow')),
      h('button', { type: 'button', class: 'secondary', onclick: () => reset() }, t('filterReset')),
    ),
  );

  const status = h('p', { role: 'status', id: 'results-status' });
  const resultsArea = h('div', { id: 'results-list' });
  const feedsArea = h('div', { class: 'feeds no-print' });
  area.append(h('div', { class: 'finder' },
    form,
    h('section', { class: 'finder-results', 'aria-labelledby': 'results-heading' },
      h('h2', { id: 'results-heading', tabindex: '-1' }, t('opportunitiesResults')),
      status,
      h('p', { class: 'hint no-print' }, t('opportunitiesShareHint')),
      resultsArea,
      feedsArea,
    ),
  ));

  form.addEventListener('change', () => schedule());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ focusResults: true });
  });

  await run({ focusResults: false });

  function schedule() {
    document.body.dataset.searching = 'true';
    clearTimeout(pending);
    pending = setTimeout(() => run({ focusResults: false }), 250);
  }

  function reset() {
    form.reset();
    for (const box of form.querySelectorAll('input[type=checkbox]')) box.checked = false;
    for (const field of form.querySelectorAll('input[type=date], select')) field.value = '';
    run({ focusResults: false, page: 1 });
  }

  async function run({ focusResults, page }) {
    clearTimeout(pending);
    // Tests and assistive scripts can wait for `data-searching="false"`: the list shows what the form says.
    document.body.dataset.searching = 'true';
    const read = readForm(form);
    const samePage = JSON.stringify({ ...read, page: undefined }) === JSON.stringify({ ...search, page: undefined });
    search = { ...read, page: page ?? (samePage ? search.page : undefined) };
    const outOfOrder = datesOutOfOrder(search);
    markDateError(form, outOfOrder);
    const params = searchToParams(search);
    history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    syncLanguageSwitch(params);
    showFeeds(feedsArea, search);
    if (outOfOrder) {
      searches.supersede();
      status.textContent = t('filterDatesError');
      resultsArea.replaceChildren();
      document.body.dataset.searching = 'false';
      if (focusResults) form.querySelector('#to')?.focus();
      return;
    }

    let result;
    try {
      result = await searches.get('/api/participation-opportunities', searchToParams({ ...search, locale: language, pageSize: PAGE_SIZE }));
    } catch (error) {
      status.textContent = error instanceof ApiError && error.status === 400 ? error.message : t('loadFailed');
      resultsArea.replaceChildren();
      document.body.dataset.searching = 'false';
      return;
    }
    if (!result.current) return; // a newer search is on its way
    const { answer } = result;
    showAnswer(answer);
    document.body.dataset.searching = 'false';
    if (focusResults) document.getElementById('results-heading')?.focus();
  }

  function showAnswer(answer) {
    const { total, page, pageCount } = answer.meta.pagination;
    status.textContent = total === 0 ? t('opportunitiesCountNone') : total === 1 ? t('opportunitiesCountOne') : t('opportunitiesCount', { count: total });
    const parts = [];
    if (answer.data.length) parts.push(h('ol', { class: 'results', start: (page - 1) * PAGE_SIZE + 1 }, answer.data.map((opportunity) => opportunityCard(opportunity))));
    if (pageCount > 1) {
      parts.push(
        h('nav', { class: 'pager', 'aria-label': t('resultsPage', { page, pageCount }) },
          page > 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => run({ focusResults: true, page: page - 1 }) }, t('previousPage')) : null,
          h('span', {}, t('resultsPage', { page, pageCount })),
          page < pageCount ? h('button', { type: 'button', class: 'secondary', onclick: () => run({ focusResults: true, page: page + 1 }) }, t('nextPage')) : null,
        ),
      );
    }
    resultsArea.replaceChildren(...parts);
  }
}

function checkboxes(filter, legend, search, hint) {
  const chosen = new Set(search[filter] ?? []);
  const hintId = hint ? `${filter}-hint` : null;
  return h('fieldset', { id: `filter-${filter}`, 'aria-describedby': hintId },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    Object.entries(opportunityCodes(filter)).map(([code, label]) =>
      h('div', { class: 'choice' },
        h('input', { type: 'checkbox', id: `${filter}-${code}`, name: filter, value: code, checked: chosen.has(code) }),
        h('label', { for: `${filter}-${code}` }, label),
      ),
    ),
  );
}

/** One district at a time: a list of thirteen reads better as a selection than as boxes. */
function districtSelect(search) {
  const chosen = (search.district ?? [])[0] ?? '';
  return h('div', { class: 'field' },
    h('label', { for: 'district' }, t('filterDistrict')),
    h('select', { id: 'district', name: 'district' },
      h('option', { value: '', selected: chosen === '' }, t('filterDistrictAny')),
      Object.entries(opportunityCodes('district')).map(([code, label]) => h('option', { value: code, selected: chosen === code }, label)),
    ),
  );
}

function dateFields(search) {
  return h('fieldset', { id: 'filter-dates', 'aria-describedby': 'dates-hint' },
    h('legend', {}, t('filterDates')),
    h('p', { class: 'hint', id: 'dates-hint' }, t('filterDatesHint')),
    h('div', { class: 'date-fields' },
      h('div', { class: 'field' }, h('label', { for: 'from' }, t('filterFrom')), h('input', { type: 'date', id: 'from', name: 'from', value: search.from ?? '' })),
      h('div', { class: 'field' },
        h('label', { for: 'to' }, t('filterTo')),
        h('input', { type: 'date', id: 'to', name: 'to', value: search.to ?? '' }),
      ),
    ),
    h('p', { class: 'field-error', id: 'dates-error', hidden: true }, t('filterDatesError')),
  );
}

function markDateError(form, outOfOrder) {
  const to = form.querySelector('#to');
  if (outOfOrder) {
    to.setAttribute('aria-invalid', 'true');
    to.setAttribute('aria-describedby', 'dates-error');
  } else {
    to.removeAttribute('aria-invalid');
    to.removeAttribute('aria-describedby');
  }
  form.querySelector('#dates-error').hidden = !outOfOrder;
}

function readForm(form) {
  const data = new FormData(form);
  const search = {};
  for (const filter of LIST_FILTERS) {
    const values = data.getAll(filter).map(String).filter(Boolean);
    if (values.length) search[filter] = values;
  }
  for (const edge of ['from', 'to']) {
    const value = String(data.get(edge) ?? '');
    if (value) search[edge] = value;
  }
  return search;
}

function opportunityCard(opportunity) {
  const shown = opportunity.nextDate ?? opportunity.dates[opportunity.dates.length - 1];
  const others = opportunity.dates.filter((date) => date.start !== shown?.start && !hasEnded(date)).length;
  const placeName = opportunity.attendance === 'online' ? null : opportunity.place?.name;
  const district = opportunity.place?.district ? opportunityLabel('district', opportunity.place.district) : null;
  const where = [opportunityLabel('attendance', opportunity.attendance), [placeName, district && placeName ? `(${district})` : district].filter(Boolean).join(' ')].filter(Boolean);
  return h('li', { class: `result opportunity status-${opportunity.currentStatus}` },
    h('div', { class: 'result-head' },
      h('h3', {}, h('a', { href: sitePath('opportunity', opportunity.slug) }, opportunity.title)),
      opportunity.currentStatus === 'geplant' ? null : h('span', { class: 'tag status-tag' }, opportunityLabel('status', opportunity.currentStatus)),
    ),
    shown
      ? h('p', { class: 'when' },
          h('time', { datetime: shown.start }, formatDateRange(shown, language)),
          others ? ` ${others === 1 ? t('moreDatesOne') : t('moreDates', { count: others })}` : null,
        )
      : null,
    h('p', { class: 'where' }, where.join(' · ')),
    opportunity.summary ? h('p', {}, opportunity.summary) : null,
  );
}

function showFeeds(container, search) {
  const feeds = calendarFeeds(search, language);
  container.replaceChildren(
    h('h3', {}, t('calendarFeeds')),
    h('p', { class: 'hint' }, t('calendarFeedsHint')),
    h('ul', {}, feeds.map((feed) =>
      h('li', {}, h('a', { href: feed.href }, feed.kind === 'all' ? t('calendarFeedAll') : t('calendarFeedSelection', { label: opportunityLabel(feed.kind, feed.code) }))),
    )),
  );
}

/** The other language's link keeps the filters, so switching does not lose them. */
function syncLanguageSwitch(params) {
  for (const link of document.querySelectorAll('a[hreflang], link[rel=alternate]')) {
    const url = new URL(link.getAttribute('href'), location.origin);
    url.search = params.toString();
    link.setAttribute('href', `${url.pathname}${url.search}`);
  }
}
