import { shippedCatalogue, type Catalogue } from '../messages';
import { escapeHtml } from './html';

/** The texts of the pages in one language: `pages` of that locale's catalogue. */
export type PageTexts = Catalogue['pages'];

/** A language's version of the same page, for the language switch. */
export interface LanguageLink {
  href: string;
  /** The language's name in itself ("Deutsch", "English", "Français"). */
  label: string;
  /** Its locale code, for `hreflang` and `lang`. */
  language: string;
}

export interface PageField {
  label: string;
  value: string;
}

/** A group of checkboxes: the person picks any; none picked means all of them. */
export interface ChoiceGroupView {
  /** The field name the checkboxes post (`districts`). */
  name: string;
  legend: string;
  options: Array<{ code: string; label: string }>;
  chosen?: string[];
}

/** The sign-up form as a page shows it: offered choices, what was entered, and what was wrong. */
export interface SignupFormView {
  action: string;
  locale: string;
  consentText: string;
  interests: Array<{ code: string; label: string }>;
  honeypotField: string;
  /** When the form was shown; the server drops sign-ups sent faster than a person can type. */
  startedAt: number;
  values?: { firstName?: string; lastName?: string; email?: string; interests?: string[] };
  /** Further choices (config `facets`), each its own fieldset after the interests. */
  facets?: ChoiceGroupView[];
  /** Field name → message for the person. */
  errors?: Record<string, string>;
}

/** What a page shows; every text is escaped on output. */
export interface Page {
  title: string;
  lead?: string;
  /** A form whose button POSTs; hidden fields carry the token. */
  form?: { action: string; hidden?: Record<string, string>; button: string; emailField?: { label: string; name: string } };
  signup?: SignupFormView;
  /** A form of checkbox groups (the my-data page's choices); hidden fields carry the token. */
  choices?: { heading: string; hint: string; action: string; hidden: Record<string, string>; groups: ChoiceGroupView[]; button: string };
  fields?: PageField[];
  list?: { heading: string; items: string[] };
  links?: Array<{ href: string; label: string }>;
  note?: string;
  /** Status code hint for the controller. */
  status?: number;
}

/** The site around the pages: the city's stylesheet and header links, so the pages look like its site. */
export interface PageLayout {
  siteName: string;
  /** Stylesheets that replace the built-in style; empty: the built-in style. */
  stylesheets: string[];
  navigation: Array<{ href: string; label: string; current?: boolean }>;
  /** The same page in the other languages (only for pages reached by GET): one link or several. */
  languageSwitch?: LanguageLink | readonly LanguageLink[];
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1b1b1b; background: #f6f6f4; margin: 0; }
.skip-link { position: absolute; left: .5rem; top: -4rem; background: #fff; padding: .5rem 1rem; border: 2px solid #00528a; }
.skip-link:focus { top: .5rem; }
main:focus { outline: none; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.site-header { max-width: 38rem; margin: 1.5rem auto 0; padding: 0 2rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: baseline; }
.site-header .site-name { font-weight: 700; margin-right: auto; }
main { max-width: 38rem; margin: 1rem auto 2.5rem; padding: 2rem; background: #fff; border: 1px solid #d0d0cc; border-radius: 6px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-top: 0; }
button { font: inherit; font-weight: 600; color: #fff; background: #00528a; border: 2px solid #00528a; border-radius: 4px; padding: .65rem 1.2rem; cursor: pointer; }
button:hover { background: #003e69; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 3px; }
label, legend { font-weight: 600; }
.field { margin-bottom: 1rem; }
.field > label { display: block; margin-bottom: .3rem; }
input[type=email], input[type=text] { font: inherit; width: 100%; box-sizing: border-box; padding: .55rem; border: 2px solid #5c5c5c; border-radius: 4px; }
input[aria-invalid=true] { border-color: #b00020; border-width: 3px; }
fieldset { border: 1px solid #d0d0cc; border-radius: 4px; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
.choice { display: flex; gap: .5rem; align-items: flex-start; margin: .35rem 0; }
.choice label { font-weight: 400; }
.choice input { width: 1.2rem; height: 1.2rem; margin-top: .2rem; flex: none; }
.field-error { color: #b00020; font-weight: 600; margin: .3rem 0; }
.error-summary { border: 3px solid #b00020; border-radius: 4px; padding: .75rem 1rem; margin-bottom: 1.25rem; }
.error-summary h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
.trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: #00528a; }
.note, .hint { font-size: .95rem; color: #454545; }
`;

const attribute = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;

/** A text input with its label and, when the last post was wrong there, the error tied to it. */
function textField(name: string, label: string, type: string, autocomplete: string, value: string | undefined, error: string | undefined): string {
  const errorId = `${name}-error`;
  return [
    '<div class="field">',
    `<label for="${name}">${escapeHtml(label)} <span aria-hidden="true">*</span></label>`,
    error ? `<p class="field-error" id="${errorId}">${escapeHtml(error)}</p>` : '',
    `<input ${attribute('type', type)} id="${name}" name="${name}" ${attribute('autocomplete', autocomplete)} required maxlength="${name === 'email' ? 254 : 100}"` +
      `${value ? ` ${attribute('value', value)}` : ''}${error ? ` aria-invalid="true" aria-describedby="${errorId}"` : ''}>`,
    '</div>',
  ].join('');
}

const FIELD_ORDER = ['firstName', 'lastName', 'email', 'interests', 'consent'] as const;

/** One group of checkboxes as a fieldset; a problem in it is tied to the group. */
function renderChoiceGroup(group: ChoiceGroupView, error?: string): string {
  const chosen = new Set(group.chosen ?? []);
  const errorId = `${group.name}-error`;
  return [
    `<fieldset${error ? ` aria-describedby="${escapeHtml(errorId)}"` : ''}>`,
    `<legend>${escapeHtml(group.legend)}</legend>`,
    error ? `<p class="field-error" id="${escapeHtml(errorId)}">${escapeHtml(error)}</p>` : '',
    ...group.options.map((option) => {
      const id = `${group.name}-${option.code}`;
      return (
        `<div class="choice"><input type="checkbox" ${attribute('id', id)} ${attribute('name', group.name)} ${attribute('value', option.code)}${chosen.has(option.code) ? ' checked' : ''}>` +
        `<label ${attribute('for', id)}>${escapeHtml(option.label)}</label></div>`
      );
    }),
    '</fieldset>',
  ].join('');
}

function renderSignupForm(form: SignupFormView, text: PageTexts): string[] {
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const parts: string[] = [];
  const failed = Object.keys(errors);
  if (failed.length) {
    const ordered = [...FIELD_ORDER.filter((field) => failed.includes(field)), ...failed.filter((field) => !(FIELD_ORDER as readonly string[]).includes(field))];
    // Announced on load and reachable first: the person learns at once what to fix and where.
    parts.push(
      '<div class="error-summary" role="alert" tabindex="-1" id="error-summary">',
      `<h2>${escapeHtml(text.errorSummary)}</h2><ul>`,
      ...ordered.map((field) => {
        const target = field === 'interests' ? `interest-${form.interests[0]?.code ?? ''}` : field;
        return (FIELD_ORDER as readonly string[]).includes(field)
          ? `<li><a href="#${escapeHtml(target)}">${escapeHtml(errors[field])}</a></li>`
          : `<li>${escapeHtml(errors[field])}</li>`;
      }),
      '</ul></div>',
    );
  }
  parts.push(
    `<form method="post" ${attribute('action', form.action)} class="signup" novalidate>`,
    `<p class="hint">${escapeHtml(text.requiredHint)}</p>`,
    textField('firstName', text.firstName, 'text', 'given-name', values.firstName, errors.firstName),
    textField('lastName', text.lastName, 'text', 'family-name', values.lastName, errors.lastName),
    textField('email', text.emailLabel, 'email', 'email', values.email, errors.email),
  );
  if (form.interests.length) {
    const chosen = new Set(values.interests ?? []);
    parts.push(
      `<fieldset${errors.interests ? ' aria-describedby="interests-error"' : ''}>`,
      `<legend>${escapeHtml(text.interestsLegend)}</legend>`,
      errors.interests ? `<p class="field-error" id="interests-error">${escapeHtml(errors.interests)}</p>` : '',
      ...form.interests.map(
        (interest) =>
          `<div class="choice"><input type="checkbox" id="interest-${escapeHtml(interest.code)}" name="interests" ${attribute('value', interest.code)}${chosen.has(interest.code) ? ' checked' : ''}>` +
          `<label for="interest-${escapeHtml(interest.code)}">${escapeHtml(interest.label)}</label></div>`,
      ),
      '</fieldset>',
    );
  }
  for (const group of form.facets ?? []) parts.push(renderChoiceGroup({ ...group, chosen: group.chosen ?? [] }, errors[group.name]));
  parts.push(
    `<fieldset${errors.consent ? ' aria-describedby="consent-error"' : ''}>`,
    `<legend>${escapeHtml(text.consentLegend)} <span aria-hidden="true">*</span></legend>`,
    errors.consent ? `<p class="field-error" id="consent-error">${escapeHtml(errors.consent)}</p>` : '',
    `<div class="choice"><input type="checkbox" id="consent" name="consent" value="on" required${errors.consent ? ' aria-invalid="true"' : ''}>`,
    `<label for="consent">${escapeHtml(form.consentText)}</label></div>`,
    '</fieldset>',
    // People never see this field; bots that fill every input do.
    `<div class="trap" aria-hidden="true"><label for="${escapeHtml(form.honeypotField)}">${escapeHtml(form.honeypotField)}</label>` +
      `<input type="text" id="${escapeHtml(form.honeypotField)}" ${attribute('name', form.honeypotField)} tabindex="-1" autocomplete="off"></div>`,
    `<input type="hidden" name="locale" ${attribute('value', form.locale)}>`,
    `<input type="hidden" name="startedAt" value="${Math.trunc(form.startedAt)}">`,
    `<button type="submit">${escapeHtml(text.signupButton)}</button>`,
    '</form>',
  );
  return parts;
}

/** The shipped page texts of a locale (or of its language); a locale without one needs the texts passed. */
function shippedPageTexts(language: string): PageTexts {
  const catalogue = shippedCatalogue(language);
  if (!catalogue) throw new Error(`double-opt-in: no texts ship for the locale ${language}; pass its catalogue's pages`);
  return catalogue.pages;
}

/**
 * A whole page in `language` (a locale code, also its `lang`). `text` is the `pages` part of that
 * locale's catalogue; left out, the shipped one of the locale.
 */
export function renderPage(page: Page, language: string, layout?: PageLayout, text: PageTexts = shippedPageTexts(language)): string {
  const siteName = layout?.siteName ?? text.siteName;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(page.title)}</h1>`);
  if (page.lead) parts.push(`<p class="lead">${escapeHtml(page.lead)}</p>`);
  if (page.fields?.length) {
    parts.push('<dl>', ...page.fields.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${escapeHtml(field.value)}</dd>`), '</dl>');
  }
  if (page.list) {
    parts.push(`<h2>${escapeHtml(page.list.heading)}</h2>`, '<ul>', ...page.list.items.map((item) => `<li>${escapeHtml(item)}</li>`), '</ul>');
  }
  if (page.signup) parts.push(...renderSignupForm(page.signup, text));
  if (page.choices) {
    const hidden = Object.entries(page.choices.hidden).map(([name, value]) => `<input type="hidden" ${attribute('name', name)} ${attribute('value', value)}>`);
    parts.push(
      `<h2>${escapeHtml(page.choices.heading)}</h2>`,
      `<form method="post" ${attribute('action', page.choices.action)} class="choices">`,
      `<p class="hint">${escapeHtml(page.choices.hint)}</p>`,
      ...hidden,
      ...page.choices.groups.map((group) => renderChoiceGroup(group)),
      `<button type="submit">${escapeHtml(page.choices.button)}</button>`,
      '</form>',
    );
  }
  if (page.form) {
    const hidden = Object.entries(page.form.hidden ?? {}).map(
      ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    );
    const email = page.form.emailField
      ? [
          '<div class="field">',
          `<label for="email">${escapeHtml(page.form.emailField.label)}</label>`,
          `<input type="email" id="email" name="${escapeHtml(page.form.emailField.name)}" autocomplete="email" required>`,
          '</div>',
        ]
      : [];
    parts.push(`<form method="post" action="${escapeHtml(page.form.action)}">`, ...hidden, ...email, `<button type="submit">${escapeHtml(page.form.button)}</button>`, '</form>');
  }
  if (page.links?.length) {
    parts.push('<ul>', ...page.links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`), '</ul>');
  }
  if (page.note) parts.push(`<p class="note">${escapeHtml(page.note)}</p>`);

  const styles = layout?.stylesheets.length
    ? layout.stylesheets.map((href) => `<link rel="stylesheet" ${attribute('href', href)}>`)
    : [`<style>${STYLE}</style>`];
  const navigation = layout?.navigation ?? [];
  const languageLinks: readonly LanguageLink[] = layout?.languageSwitch === undefined ? [] : Array.isArray(layout.languageSwitch) ? layout.languageSwitch : [layout.languageSwitch as LanguageLink];
  const header = [
    navigation.length ? `<a class="skip-link" href="#main">${escapeHtml(text.skipLink)}</a>` : '',
    '<header class="site-header">',
    `<p class="site-name">${escapeHtml(siteName)}</p>`,
    navigation.length || languageLinks.length
      ? [
          `<nav ${attribute('aria-label', text.mainNavigation)}><ul>`,
          ...navigation.map((link) => `<li><a ${attribute('href', link.href)}${link.current ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`),
          ...languageLinks.map(
            (link) => `<li><a ${attribute('href', link.href)} ${attribute('hreflang', link.language)} ${attribute('lang', link.language)}>${escapeHtml(link.label)}</a></li>`,
          ),
          '</ul></nav>',
        ].join('')
      : '',
    '</header>',
  ];

  return [
    '<!doctype html>',
    `<html ${attribute('lang', language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(page.title)} – ${escapeHtml(siteName)}</title>`,
    ...styles,
    '</head>',
    '<body class="pool-page">',
    ...header,
    '<main id="main" tabindex="-1">',
    ...parts,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
