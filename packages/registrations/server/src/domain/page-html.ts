/**
 * The registration pages as HTML: one template, no script at all (the form works without
 * JavaScript and the pages pass a CSP that allows no inline script), every text escaped.
 */
import { FORM_FIELDS, type FormField, type FormView, type PageTexts, type RegistrationPage } from './page-views';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]);

const attribute = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1b1b1b; background: #f6f6f4; margin: 0; }
.site-header { max-width: 38rem; margin: 1.5rem auto 0; padding: 0 2rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: baseline; }
.site-header .site-name { font-weight: 700; margin-right: auto; }
.site-header ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; }
main { max-width: 38rem; margin: 1rem auto 2.5rem; padding: 2rem; background: #fff; border: 1px solid #d0d0cc; border-radius: 6px; }
main:focus { outline: none; }
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
.choice { display: flex; gap: .5rem; align-items: flex-start; }
.choice label { font-weight: 400; }
.choice input { width: 1.2rem; height: 1.2rem; margin-top: .2rem; flex: none; }
.field-error { color: #b00020; font-weight: 600; margin: .3rem 0; }
.error-summary { border: 3px solid #b00020; border-radius: 4px; padding: .75rem 1rem; margin-bottom: 1.25rem; }
.error-summary:focus { outline: 3px solid #b35900; outline-offset: 3px; }
.error-summary h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
a { color: #00528a; }
.hint { font-size: .95rem; color: #454545; }
`;

function textField(name: 'firstName' | 'lastName' | 'email', label: string, type: string, autocomplete: string, form: FormView): string {
  const error = form.errors[name];
  const value = form.values[name];
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

function errorSummary(form: FormView, texts: PageTexts): string[] {
  const failed = FORM_FIELDS.filter((field) => form.errors[field]);
  if (!failed.length && !form.otherErrors.length) return [];
  // Focused on load (autofocus, no script) and announced: the person learns at once what to fix;
  // each entry is a link to its field.
  return [
    '<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus aria-labelledby="error-summary-heading">',
    `<h2 id="error-summary-heading">${escapeHtml(texts.errorSummary)}</h2><ul>`,
    ...failed.map((field: FormField) => `<li><a href="#${field}">${escapeHtml(form.errors[field] as string)}</a></li>`),
    ...form.otherErrors.map((message) => `<li>${escapeHtml(message)}</li>`),
    '</ul></div>',
  ];
}

function renderForm(form: FormView, texts: PageTexts): string[] {
  const consentError = form.errors.consent;
  return [
    ...errorSummary(form, texts),
    `<form method="post" ${attribute('action', form.action)} class="registration" novalidate>`,
    `<p class="hint">${escapeHtml(texts.requiredHint)}</p>`,
    textField('firstName', texts.firstName, 'text', 'given-name', form),
    textField('lastName', texts.lastName, 'text', 'family-name', form),
    textField('email', texts.email, 'email', 'email', form),
    `<fieldset${consentError ? ' aria-describedby="consent-error"' : ''}>`,
    `<legend>${escapeHtml(texts.consentLegend)} <span aria-hidden="true">*</span></legend>`,
    consentError ? `<p class="field-error" id="consent-error">${escapeHtml(consentError)}</p>` : '',
    `<div class="choice"><input type="checkbox" id="consent" name="consent" value="on" required${consentError ? ' aria-invalid="true" aria-describedby="consent-error"' : ''}>`,
    `<label for="consent">${escapeHtml(texts.consent)}</label></div>`,
    '</fieldset>',
    `<input type="hidden" name="event" ${attribute('value', form.event)}>`,
    `<input type="hidden" name="locale" ${attribute('value', form.locale)}>`,
    `<button type="submit">${escapeHtml(form.button)}</button>`,
    '</form>',
  ];
}

/** A whole page; `stylesheets` (the host's) replace the built-in style. */
export function renderRegistrationPage(page: RegistrationPage, texts: PageTexts, stylesheets: readonly string[] = []): string {
  const styles = stylesheets.length ? stylesheets.map((href) => `<link rel="stylesheet" ${attribute('href', href)}>`) : [`<style>${STYLE}</style>`];
  const languages = page.languageLinks.length
    ? `<ul>${page.languageLinks.map((link) => `<li><a ${attribute('href', link.href)} ${attribute('hreflang', link.language)} ${attribute('lang', link.language)}>${escapeHtml(link.label)}</a></li>`).join('')}</ul>`
    : '';
  return [
    '<!doctype html>',
    `<html ${attribute('lang', page.language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(page.title)} – ${escapeHtml(page.siteName)}</title>`,
    ...styles,
    '</head>',
    '<body class="registration-page">',
    `<header class="site-header"><p class="site-name">${escapeHtml(page.siteName)}</p>${languages}</header>`,
    '<main id="main" tabindex="-1">',
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    ...(page.form ? renderForm(page.form, texts) : []),
    page.links.length ? `<ul>${page.links.map((link) => `<li><a ${attribute('href', link.href)}>${escapeHtml(link.label)}</a></li>`).join('')}</ul>` : '',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
