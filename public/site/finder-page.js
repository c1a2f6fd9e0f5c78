/**
 * The format finder: a form built from GET /api/format-finder/criteria, answered live by
 * GET /api/format-finder/search. The page address carries the search in the API's own query
 * syntax, so a search is a link that can be shared, bookmarked and printed. It also carries the
 * shortlist (`shortlist=a,b`), an open comparison (`view=compare`) and the phases of a plan
 * (`phases=…`): nothing is stored, neither on the server nor in the browser.
 */
import { ApiError, getJson, newestOnly, strapiQuery } from './api.js';
import { h, language, sitePath, t } from './dom.js';
import { searchFromParams, searchToParams } from './finder-search.js';

const PAGE_SIZE = 10;
/** As many as the API exports by name; compare takes two to four. */
const MAX_SHORTLIST = 50;
const listParam = (value) => [...new Set(String(value ?? '').split(',').map((part) => part.trim()).filter(Boolean))];
const STATUS_SYMBOLS = { matched: '✓', partly: '◐', not_matched: '✗', unknown: '?' };

const criterionName = (criterion) => t(`criterion_${criterion}`);
const countText = (count) => (count === 1 ? t('optionCountOne') : t('optionCount', { count }));

export async function render(area) {
  const { criteria, phases: phaseOptions = [] } = await getJson('/api/format-finder/criteria', strapiQuery({ locale: language }));
  const known = Object.fromEntries(criteria.map((criterion) => [criterion.criterion, criterion]));
  const initial = new URLSearchParams(location.search);
  let search = searchFromParams(initial, known);
  let shortlist = listParam(initial.get('shortlist')).slice(0, MAX_SHORTLIST);
  let view = initial.get('view') === 'compare' ? 'compare' : null;
  const phaseCodes = new Set(phaseOptions.map((phase) => phase.code));
  let phases = listParam(initial.get('phases')).filter((code) => phaseCodes.has(code));
  /** Names of formats by slug, from the answers seen (a shared shortlist asks for the rest). */
  const names = new Map();
  let pending = null;
  const searches = newestOnly();

  area.querySelector('.loading')?.remove();
  area.append(h('p', { class: 'lead' }, t('finderLead')));

  const countNodes = {};
  const form = h('form', { class: 'finder-form', role: 'search', 'aria-labelledby': 'criteria-heading', novalidate: true });
  form.append(h('h2', { id: 'criteria-heading' }, t('criteriaHeading')));
  for (const criterion of criteria) form.append(criterionFieldset(criterion, search, countNodes));
  form.append(
    h('div', { class: 'finder-actions' },
      h('button', { type: 'submit' }, t('showResults')),
      h('button', { type: 'button', class: 'secondary', onclick: () => reset() }, t('resetSearch')),
    ),
  );

  const status = h('p', { role: 'status', id: 'results-status' });
  const resultsArea = h('div', { id: 'results-list' });
  const results = h('section', { class: 'finder-results', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading', tabindex: '-1' }, t('resultsHeading')),
    status,
    h('p', { class: 'hint no-print' }, t('shareHint')),
    h('div', { class: 'finder-actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => printResults() }, t('printResults'))),
    resultsArea,
  );
  area.append(h('div', { class: 'finder' }, form, results));

  const shortlistArea = h('section', { class: 'shortlist', id: 'shortlist', 'aria-labelledby': 'shortlist-heading' });
  const compareArea = h('section', { class: 'compare', id: 'compare', 'aria-labelledby': 'compare-heading', hidden: true });
  const planStatus = h('p', { role: 'status', id: 'plan-status' });
  const planArea = h('div', { id: 'plan-result' });
  const planForm = h('form', { class: 'plan-form', 'aria-labelledby': 'plan-heading', novalidate: true },
    h('h2', { id: 'plan-heading', tabindex: '-1' }, t('planHeading')),
    h('p', { class: 'hint no-print' }, t('planLead')),
    h('fieldset', { class: 'criterion no-print' },
      h('legend', {}, t('planLegend')),
      phaseOptions.map(({ code, label }) =>
        h('div', { class: 'choice' },
          h('input', { type: 'checkbox', id: `plan-phase-${code}`, name: 'plan-phase', value: code, checked: phases.includes(code) }),
          h('label', { for: `plan-phase-${code}` }, label),
        ),
      ),
    ),
    h('div', { class: 'finder-actions' }, h('button', { type: 'submit' }, t('planButton'))),
    planStatus,
    planArea,
  );
  planForm.addEventListener('submit', (event) => {
    event.preventDefault();
    phases = new FormData(planForm).getAll('plan-phase').map(String);
    writeAddress();
    renderPlan(true);
  });
  area.append(shortlistArea, compareArea, phaseOptions.length ? planForm : null);
  const keeper = { has: (slug) => shortlist.includes(slug), toggle: (slug, name) => toggleKept(slug, name) };

  form.addEventListener('input', () => schedule());
  form.addEventListener('change', () => schedule());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ focusResults: true });
  });
  window.addEventListener('beforeprint', () => openReasons(true));

  await run({ focusResults: false });

  function schedule() {
    document.body.dataset.searching = 'true';
    clearTimeout(pending);
    pending = setTimeout(() => run({ focusResults: false }), 250);
  }

  function reset() {
    form.reset();
    for (const input of form.querySelectorAll('input[type=radio][value=""]')) input.checked = true;
    run({ focusResults: false, page: 1 });
  }

  async function run({ focusResults, page }) {
    clearTimeout(pending);
    // Tests and assistive scripts can wait for `data-searching="false"`: the page shows the answer to its form.
    document.body.dataset.searching = 'true';
    const read = readForm(form, criteria);
    const samePage = JSON.stringify({ ...read, page: undefined }) === JSON.stringify({ ...search, page: undefined });
    search = { ...read, page: page ?? (samePage ? search.page : undefined) };
    writeAddress();

    let result;
    try {
      result = await searches.get('/api/format-finder/search', searchToParams({ ...search, locale: language, pageSize: PAGE_SIZE }));
    } catch (error) {
      status.textContent = error instanceof ApiError && error.status === 400 ? error.message : t('loadFailed');
      resultsArea.replaceChildren();
      document.body.dataset.searching = 'false';
      return;
    }
    if (!result.current) return; // a newer search is on its way
    const { answer } = result;
    for (const match of [...answer.data, ...(answer.meta.relaxation?.nearMisses ?? [])]) if (match.slug) names.set(match.slug, match.name);
    updateCounts(countNodes, answer.meta.facets);
    showAnswer(answer);
    await refreshPlanner();
    document.body.dataset.searching = 'false';
    if (focusResults) document.getElementById('results-heading')?.focus();
  }

  /** The address: the search, then the shortlist, an open comparison and the plan's phases. */
  function writeAddress() {
    const params = searchToParams(search);
    if (shortlist.length) params.set('shortlist', shortlist.join(','));
    if (view) params.set('view', view);
    if (phases.length) params.set('phases', phases.join(','));
    history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    syncLanguageSwitch(params);
  }

  /** The search as the planner's answers take it (no paging), with the extra keys given. */
  function plannerParams(extra) {
    const params = searchToParams({ ...search, page: undefined, locale: language });
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return params;
  }

  /** Shortlist, comparison and plan follow the search: their marks and proposals depend on it. */
  async function refreshPlanner() {
    try {
      await loadNames();
      renderShortlist();
      await renderCompare(false);
      if (phases.length) await renderPlan(false);
    } catch (error) {
      console.error(error);
    }
  }

  async function loadNames() {
    const missing = shortlist.filter((slug) => !names.has(slug));
    if (!missing.length) return;
    const query = { locale: language, 'fields[0]': 'name', 'fields[1]': 'slug', 'pagination[pageSize]': MAX_SHORTLIST };
    missing.forEach((slug, at) => (query[`filters[slug][$in][${at}]`] = slug));
    const answer = await getJson('/api/participation-formats', strapiQuery(query));
    for (const format of answer.data ?? []) names.set(format.slug, format.name);
  }

  function toggleKept(slug, name) {
    if (name) names.set(slug, name);
    shortlist = shortlist.includes(slug) ? shortlist.filter((kept) => kept !== slug) : [...shortlist, slug].slice(0, MAX_SHORTLIST);
    if (shortlist.length < 2 || shortlist.length > 4) view = null;
    writeAddress();
    for (const button of document.querySelectorAll('button.keep')) button.setAttribute('aria-pressed', String(shortlist.includes(button.dataset.slug)));
    renderShortlist();
    renderCompare(false).catch((error) => console.error(error));
  }

  function renderShortlist() {
    const count = shortlist.length;
    const children = [h('h2', { id: 'shortlist-heading' }, t('shortlistHeading')), h('p', { id: 'shortlist-status' }, count === 0 ? t('shortlistEmpty') : count === 1 ? t('shortlistCountOne') : t('shortlistCount', { count }))];
    if (count) {
      children.push(
        h('ul', { class: 'shortlist-items' }, shortlist.map((slug) => {
          const name = names.get(slug) ?? slug;
          return h('li', {},
            h('a', { href: sitePath('format', slug) }, name), ' ',
            h('button', { type: 'button', class: 'secondary small no-print', onclick: () => toggleKept(slug) }, t('shortlistRemove'), h('span', { class: 'visually-hidden' }, ` – ${name}`)),
          );
        })),
        h('div', { class: 'finder-actions' },
          count >= 2 && count <= 4 ? h('button', { type: 'button', onclick: () => openCompare() }, t('shortlistCompare')) : h('p', { class: 'hint' }, t('shortlistCompareHint')),
          h('a', { class: 'button secondary-link', href: `/api/format-finder/shortlist.csv?${plannerParams({ slugs: shortlist.join(',') })}`, download: 'formate.csv' }, t('shortlistCsv')),
          h('a', { class: 'button secondary-link', href: `/api/format-finder/shortlist/print?${plannerParams({ slugs: shortlist.join(',') })}` }, t('shortlistPrint')),
        ),
      );
    }
    shortlistArea.replaceChildren(...children);
  }

  async function openCompare() {
    view = 'compare';
    writeAddress();
    await renderCompare(true);
  }

  async function renderCompare(focus) {
    if (view !== 'compare' || shortlist.length < 2 || shortlist.length > 4) {
      compareArea.hidden = true;
      compareArea.replaceChildren();
      return;
    }
    const answer = await getJson('/api/format-finder/compare', plannerParams({ slugs: shortlist.join(',') }));
    const { formats, facts } = answer.data;
    const table = h('table', { class: 'compare-table' },
      h('caption', {}, t('compareCaption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('compareFact')),
        formats.map((format) => h('th', { scope: 'col' }, h('a', { href: sitePath('format', format.slug) }, format.name), h('br'), h('span', { class: 'hint' }, t('score', { score: format.score })))),
      )),
      h('tbody', {}, facts.map((fact) =>
        h('tr', { class: fact.asked ? 'asked' : null },
          h('th', { scope: 'row' }, fact.label, fact.asked ? h('span', { class: 'tag' }, fact.must ? t('mustTag') : t('compareAsked')) : null),
          fact.cells.map((cell) =>
            h('td', {},
              cell.mark ? h('span', { class: `mark status-${cell.status}` }, h('span', { class: 'symbol', 'aria-hidden': 'true' }, cell.mark), ` ${cell.markLabel}: `) : null,
              cell.value,
            ),
          ),
        ),
      )),
    );
    compareArea.hidden = false;
    compareArea.replaceChildren(
      h('h2', { id: 'compare-heading', tabindex: '-1' }, t('compareHeading')),
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'compare-heading' }, table),
      h('div', { class: 'finder-actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => closeCompare() }, t('compareClose'))),
    );
    if (focus) document.getElementById('compare-heading')?.focus();
  }

  function closeCompare() {
    view = null;
    writeAddress();
    renderCompare(false);
    shortlistArea.querySelector('h2')?.scrollIntoView();
  }

  async function renderPlan(focus) {
    if (!phases.length) {
      planStatus.textContent = t('planNone');
      planArea.replaceChildren();
      return;
    }
    let answer;
    try {
      answer = await getJson('/api/format-finder/plan', plannerParams({ phases: phases.join(',') }));
    } catch (error) {
      planStatus.textContent = error instanceof ApiError && error.status === 400 ? error.message : t('loadFailed');
      planArea.replaceChildren();
      return;
    }
    planStatus.textContent = '';
    planArea.replaceChildren(
      ...answer.data.map((phase) =>
        h('section', { class: 'plan-phase', 'aria-labelledby': `plan-${phase.phase}` },
          h('h3', { id: `plan-${phase.phase}` }, phase.label),
          phase.formats.length
            ? h('ol', {}, phase.formats.map((format) => h('li', {}, h('a', { href: sitePath('format', format.slug) }, format.name), ` – ${t('score', { score: format.score })}`)))
            : h('p', {}, t('planNoFormat')),
        ),
      ),
      h('p', { class: 'plan-combined' }, answer.meta.combined.leadTime.text),
      h('p', { class: 'plan-combined' }, answer.meta.combined.budget.text),
    );
    if (focus) document.getElementById('plan-heading')?.focus();
  }

  function showAnswer(answer) {
    const { total, page, pageCount } = answer.meta.pagination;
    const hasMusts = (answer.meta.search.must ?? []).length > 0;
    status.textContent = !hasMusts
      ? t('resultsRanked', { count: total })
      : total === 0 ? t('resultsCountNone') : total === 1 ? t('resultsCountOne') : t('resultsCount', { count: total });
    const parts = [];
    const relaxation = answer.meta.relaxation;
    if (relaxation && relaxation.suggestions.length) {
      parts.push(
        h('div', { class: 'relaxation' },
          h('h3', {}, t('relaxationHeading')),
          h('p', {}, t('relaxationLead')),
          h('ul', {}, relaxation.suggestions.map((suggestion) =>
            h('li', {}, h('button', { type: 'button', class: 'secondary', onclick: () => dropMust(suggestion.drop) },
              t('relaxationDrop', { criterion: criterionName(suggestion.drop), count: suggestion.count }))),
          )),
        ),
      );
    }
    if (answer.data.length) parts.push(h('ol', { class: 'results', start: (page - 1) * PAGE_SIZE + 1 }, answer.data.map((match) => resultCard(match, keeper))));
    if (pageCount > 1) {
      parts.push(
        h('nav', { class: 'pager', 'aria-label': t('resultsPage', { page, pageCount }) },
          page > 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => run({ focusResults: true, page: page - 1 }) }, t('previousPage')) : null,
          h('span', {}, t('resultsPage', { page, pageCount })),
          page < pageCount ? h('button', { type: 'button', class: 'secondary', onclick: () => run({ focusResults: true, page: page + 1 }) }, t('nextPage')) : null,
        ),
      );
    }
    if (relaxation && relaxation.nearMisses.length) {
      parts.push(
        h('h3', {}, t('nearMissesHeading')),
        h('p', {}, t('nearMissesLead')),
        h('ul', { class: 'results' }, relaxation.nearMisses.map((match) => resultCard(match, keeper))),
      );
    }
    resultsArea.replaceChildren(...parts);
  }

  function dropMust(criterion) {
    const box = form.querySelector(`#must-${criterion}`);
    if (box) box.checked = false;
    run({ focusResults: true, page: 1 });
  }
}

function criterionFieldset(criterion, search, countNodes) {
  const name = criterion.criterion;
  const isMust = (search.must ?? []).includes(name);
  const must = h('div', { class: 'choice must' },
    h('input', { type: 'checkbox', id: `must-${name}`, name: 'must', value: name, checked: isMust }),
    h('label', { for: `must-${name}` }, t('mustLabel'), h('span', { class: 'visually-hidden' }, `: ${criterionName(name)}`)),
  );
  const fieldset = h('fieldset', { class: 'criterion', id: `criterion-${name}` }, h('legend', {}, criterionName(name)));

  if (criterion.kind === 'number') {
    const value = search.participants ?? '';
    fieldset.append(
      h('div', { class: 'field' },
        h('label', { for: 'participants' }, t('participantsLabel')),
        h('p', { class: 'hint', id: 'participants-hint' }, t('participantsHint')),
        h('p', { class: 'field-error', id: 'participants-error', hidden: true }, t('participantsError')),
        h('input', { type: 'number', id: 'participants', name: 'participants', min: 1, step: 1, inputmode: 'numeric', value, 'aria-describedby': 'participants-hint' }),
      ),
      must,
    );
    return fieldset;
  }

  countNodes[name] = {};
  const selected = new Set([].concat(search[name] ?? []));
  const type = criterion.kind === 'multiple' ? 'checkbox' : 'radio';
  if (type === 'radio') {
    fieldset.append(option(name, type, '', t('anyOption'), selected.size === 0, null));
  }
  for (const { code, label } of criterion.options) {
    const count = h('span', { class: 'count' });
    countNodes[name][code] = count;
    fieldset.append(option(name, type, code, label, selected.has(code), count));
  }
  fieldset.append(must);
  return fieldset;
}

function option(name, type, code, label, checked, count) {
  const id = `${name}-${code || 'any'}`;
  return h('div', { class: 'choice', 'data-option': code },
    h('input', { type, id, name, value: code, checked }),
    h('label', { for: id }, label, count ? [' ', count] : null),
  );
}

/** The search the form describes; a must without a value is left out (the API would refuse it). */
function readForm(form, criteria) {
  const data = new FormData(form);
  const search = {};
  for (const { criterion, kind } of criteria) {
    if (kind === 'number') {
      const input = form.querySelector('#participants');
      const raw = String(data.get('participants') ?? '').trim();
      const valid = raw === '' || /^[1-9]\d{0,6}$/.test(raw);
      if (valid) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', valid ? 'participants-hint' : 'participants-hint participants-error');
      form.querySelector('#participants-error').hidden = valid;
      if (raw && valid) search.participants = Number(raw);
    } else if (kind === 'multiple') {
      const values = data.getAll(criterion).map(String).filter(Boolean);
      if (values.length) search[criterion] = values;
    } else {
      const value = String(data.get(criterion) ?? '');
      if (value) search[criterion] = value;
    }
  }
  const must = data.getAll('must').map(String).filter((criterion) => search[criterion] !== undefined);
  if (must.length) search.must = must;
  return search;
}

function updateCounts(countNodes, facets) {
  for (const [criterion, nodes] of Object.entries(countNodes)) {
    for (const [code, node] of Object.entries(nodes)) {
      const count = facets?.[criterion]?.[code];
      node.textContent = count === undefined ? '' : `(${countText(count)})`;
      node.closest('.choice')?.classList.toggle('option-empty', count === 0);
    }
  }
}

function resultCard(match, keeper) {
  const href = match.slug ? sitePath('format', match.slug) : null;
  const meter = h('span');
  meter.style.width = `${Math.max(0, Math.min(100, match.score))}%`;
  return h('li', { class: `result${match.nearMiss ? ' near-miss' : ''}` },
    h('div', { class: 'result-head' },
      h('h3', {}, href ? h('a', { href }, match.name) : match.name),
      h('span', { class: 'score' }, t('score', { score: match.score })),
      match.slug
        ? h('button', { type: 'button', class: 'secondary small keep no-print', 'data-slug': match.slug, 'aria-pressed': String(keeper.has(match.slug)), onclick: () => keeper.toggle(match.slug, match.name) },
            t('shortlistToggle'), h('span', { class: 'visually-hidden' }, ` – ${match.name}`))
        : null,
    ),
    h('div', { class: 'meter', 'aria-hidden': 'true' }, meter),
    match.nearMiss ? h('p', { class: 'tag-line' }, h('strong', {}, t('nearMissTag', { criteria: match.failedMusts.map(criterionName).join(', ') }))) : null,
    match.summary ? h('p', {}, match.summary) : null,
    match.criteria.length
      ? h('details', {},
          h('summary', {}, t('reasonsSummary'), h('span', { class: 'visually-hidden' }, ` – ${match.name}`)),
          h('ul', { class: 'reasons' }, match.criteria.map((reason) =>
            h('li', { class: `status-${reason.status}` },
              h('span', { class: 'symbol', 'aria-hidden': 'true' }, STATUS_SYMBOLS[reason.status] ?? '·'),
              h('span', {},
                h('span', { class: 'status-word' }, `${criterionName(reason.criterion)}: ${t(`status_${reason.status}`)}`),
                reason.must ? h('span', { class: 'tag' }, t('mustTag')) : null,
                ` – ${reason.reason}`,
              ),
            ),
          )),
          match.order?.length
            ? [h('h4', {}, t('orderHeading')), h('ul', { class: 'order-reasons' }, match.order.map((step) => h('li', {}, step.reason)))]
            : null,
        )
      : null,
  );
}

/** The other language's link keeps the search, so switching does not lose it. */
function syncLanguageSwitch(params) {
  for (const link of document.querySelectorAll('a[hreflang], link[rel=alternate]')) {
    const url = new URL(link.getAttribute('href'), location.origin);
    url.search = params.toString();
    link.setAttribute('href', `${url.pathname}${url.search}`);
  }
}

function openReasons(open) {
  for (const details of document.querySelectorAll('.finder-results details')) details.open = open;
}

function printResults() {
  openReasons(true);
  window.print();
}
