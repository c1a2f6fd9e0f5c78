import { z } from 'zod';
import { cataloguesOf, resolveConfig } from '../../server/src/config';
import { fieldProblem, fieldProblemsOf } from '../../server/src/domain/field-problem';
import {
  answerFormatOf,
  confirmPageView,
  fieldErrorsOf,
  invalidLinkView,
  layoutOf,
  myDataPageView,
  pageLanguageOf,
  signupEnteredOf,
  signupReceivedView,
  signupRejectedView,
  unsubscribeAnswerOf,
  unsubscribePageView,
  type PageScene,
  type PersonData,
} from '../../server/src/domain/page-views';
import { NAME_WITH_LINK, buildSignupSchema } from '../../server/src/domain/signup-schema';
import { FieldValidationError, validationError } from '../../server/src/validation-error';

const config = resolveConfig({
  publicUrl: 'https://pool.example.org',
  locales: ['de', 'en'],
  interests: [{ code: 'umwelt', label: { de: 'Umwelt', en: 'Environment' } }],
  facets: [{ name: 'districts', legend: { de: 'Bezirke', en: 'Districts' }, options: [{ code: 'nord', label: { de: 'Nord', en: 'North' } }, { code: 'sued' }] }],
});
const catalogues = cataloguesOf(config);
const scene = (language = 'de'): PageScene => ({ config, language, catalogueOf: (locale) => catalogues[locale] });
const de = catalogues.de.pages;
const en = catalogues.en.pages;

describe('the language of a page', () => {
  const locales = ['de', 'en'];

  it('takes ?lang= when it matches a configured locale, before the person and the browser', () => {
    expect(pageLanguageOf({ asked: 'EN-gb', person: 'de', browser: 'de' }, locales)).toBe('en');
    expect(pageLanguageOf({ asked: 'fr', person: 'en', browser: 'de' }, locales)).toBe('en');
    expect(pageLanguageOf({ asked: ['en'], browser: 'de' }, locales)).toBe('de');
  });

  it('then the person’s language, even one not configured (the default), then the browser’s, then the first locale', () => {
    expect(pageLanguageOf({ person: 'fr', browser: 'en' }, locales)).toBe('de');
    expect(pageLanguageOf({ person: null, browser: 'en' }, locales)).toBe('en');
    expect(pageLanguageOf({ browser: false }, locales)).toBe('de');
    expect(pageLanguageOf({}, ['en', 'de'])).toBe('en');
  });
});

describe('form or JSON', () => {
  it('answers a form body with a page and anything else with JSON', () => {
    expect(answerFormatOf('application/x-www-form-urlencoded')).toBe('page');
    expect(answerFormatOf('multipart/form-data')).toBe('page');
    expect(answerFormatOf(false)).toBe('json');
    expect(answerFormatOf(null)).toBe('json');
  });

  it('answers a mailbox provider’s one-click unsubscribe in plain text, whatever the body type', () => {
    expect(unsubscribeAnswerOf({ 'List-Unsubscribe': 'One-Click' }, 'application/x-www-form-urlencoded')).toBe('one-click');
    expect(unsubscribeAnswerOf({ 'List-Unsubscribe': 'One-Click' }, false)).toBe('one-click');
    expect(unsubscribeAnswerOf({ token: 'x' }, 'multipart/form-data')).toBe('page');
    expect(unsubscribeAnswerOf({ token: 'x' }, false)).toBe('json');
  });
});

describe('the problems of a sign-up, at their fields', () => {
  const schema = buildSignupSchema({ locales: ['de', 'en'], interests: ['umwelt'], honeypotField: 'website', facets: config.facets });

  it('come from the schema with the field as the first step of the path', () => {
    const parsed = schema.safeParse({ firstName: 'Ada', lastName: 'www.example.org', email: 'x', consent: true, districts: ['west'], extra: 1 });
    expect(parsed.success).toBe(false);
    const problems = fieldProblemsOf(parsed.error!);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['extra'], message: 'unknown field extra' },
        expect.objectContaining({ path: ['lastName'], rule: NAME_WITH_LINK }),
        expect.objectContaining({ path: ['email'] }),
        expect.objectContaining({ path: ['districts', '0'] }),
      ]),
    );
    expect(fieldErrorsOf(problems, de, ['districts'])).toEqual({
      form: de.error_other,
      lastName: de.error_lastName_link,
      email: de.error_email,
      districts: de.error_facets,
    });
  });

  it('word anything the page has no text for as a problem of the whole form', () => {
    expect(fieldErrorsOf([fieldProblem('altcha', 'altcha: wrong')], en)).toEqual({ form: en.error_other });
    expect(fieldErrorsOf([], en)).toEqual({ form: en.error_other });
  });

  it('show the form again with what was typed, each problem at its field, as a 400', () => {
    const entered = signupEnteredOf({ firstName: 'Ada', lastName: 'x'.repeat(400), email: 'a@b', interests: 'umwelt', districts: ['nord', 'west'] }, ['districts']);
    expect(entered).toEqual({ values: { firstName: 'Ada', lastName: 'x'.repeat(300), email: 'a@b', interests: ['umwelt'] }, chosen: { districts: ['nord', 'west'] } });
    const page = signupRejectedView(scene('en'), 1_700_000_000_000, entered, [fieldProblem('email', 'email must be an e-mail address')]);
    expect(page.status).toBe(400);
    expect(page.title).toBe(en.signupTitle);
    expect(page.signup).toMatchObject({
      locale: 'en',
      startedAt: 1_700_000_000_000,
      errors: { email: en.error_email },
      values: entered.values,
      interests: [{ code: 'umwelt', label: 'Environment' }],
      facets: [{ name: 'districts', legend: 'Districts', options: [{ code: 'nord', label: 'North' }, { code: 'sued', label: 'sued' }], chosen: ['nord', 'west'] }],
    });
  });
});

describe('the views of the pages', () => {
  it('put the token into the confirmation form and the language into its action', () => {
    expect(confirmPageView(scene('en'), 'tok')).toEqual({
      title: en.confirmTitle,
      lead: en.confirmLead,
      form: { action: '/api/double-opt-in/confirm?lang=en', hidden: { token: 'tok' }, button: en.confirmButton },
    });
  });

  it('tell an expired link from an invalid one, both as a 400', () => {
    expect(invalidLinkView(scene(), 'expired')).toEqual({ title: de.expiredTitle, lead: de.invalidLead, status: 400 });
    expect(invalidLinkView(scene(), 'invalid')).toEqual({ title: de.invalidTitle, lead: de.invalidLead, status: 400 });
  });

  it('answer a sign-up with 202 and the same text whatever the address', () => {
    expect(signupReceivedView(scene('en'))).toEqual({ title: en.signupReceivedTitle, lead: catalogues.en.answers.accepted, status: 202 });
  });

  it('say “already unsubscribed” instead of offering the button again', () => {
    expect(unsubscribePageView(scene(), 't', true, '/request').form).toBeUndefined();
    expect(unsubscribePageView(scene(), 't', false, '/request')).toMatchObject({ form: { hidden: { token: 't' } }, links: [{ href: '/request' }] });
  });

  it('list what is kept about a person with the configured labels, and link the download by the token', () => {
    const data: PersonData = {
      subscriber: { firstName: 'Ada', lastName: 'L', email: 'ada@example.org', status: 'confirmed', language: 'en', interests: [], facets: { districts: ['nord'] }, createdAt: '2026-01-02T03:04:05Z', confirmedAt: null },
      consentEvents: [{ type: 'signup', occurredAt: '2026-01-02T03:04:05Z', consentVersion: '1', details: null }],
    };
    const page = myDataPageView(scene('en'), data, { interests: ['umwelt'], districts: ['nord'] }, 'a b');
    expect(page.fields).toEqual(
      expect.arrayContaining([
        { label: en.status, value: en.status_confirmed },
        { label: en.interests, value: '–' },
        { label: 'Districts', value: 'North' },
        { label: en.confirmedAt, value: '–' },
      ]),
    );
    expect(page.list?.items[0]).toMatch(/: signup \(1\)$/);
    expect(page.links).toEqual([{ href: '/api/double-opt-in/my-data/export?token=a%20b', label: en.myDataDownload }]);
    expect(page.choices?.groups.map((group) => [group.name, group.chosen])).toEqual([['interests', ['umwelt']], ['districts', ['nord']]]);
    expect(page.form?.hidden).toEqual({ token: 'a b' });
  });

  it('link a GET page to itself in the other languages, keeping its query', () => {
    const layout = layoutOf(scene('de'), { method: 'GET', path: '/api/double-opt-in/confirm', querystring: 'token=t&lang=de' });
    expect(layout.languageSwitch).toEqual([{ href: '/api/double-opt-in/confirm?token=t&lang=en', label: catalogues.en.languageName, language: 'en' }]);
    expect(layoutOf(scene('de'), { method: 'POST', path: '/api/double-opt-in/confirm', querystring: '' }).languageSwitch).toBeUndefined();
  });
});

describe('the ValidationError of field problems', () => {
  it('has Strapi’s details shape, the problems typed, and the problems’ messages joined unless given one', () => {
    const problems = [fieldProblem('title', 'title is required'), { path: ['modes', '1'], message: 'modes.1: not offered', allowed: ['online'] }, fieldProblem('firstName', 'firstName: link', { rule: NAME_WITH_LINK })];
    const error = validationError(problems);
    expect(error).toBeInstanceOf(FieldValidationError);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe('title is required; modes.1: not offered; firstName: link');
    expect(error.details).toEqual({
      errors: [
        { path: ['title'], message: 'title is required', name: 'ValidationError' },
        { path: ['modes', '1'], message: 'modes.1: not offered', name: 'ValidationError', allowed: ['online'] },
        { path: ['firstName'], message: 'firstName: link', name: 'ValidationError', rule: NAME_WITH_LINK },
      ],
    });
    expect(error.problems).toBe(problems);
    expect(validationError([fieldProblem('file', 'file is required')], 'file: send the CSV file').message).toBe('file: send the CSV file');
  });

  it('names the body itself when the input is not an object', () => {
    const parsed = z.strictObject({ a: z.string() }).safeParse('text');
    expect(fieldProblemsOf(parsed.error!)[0].path).toEqual(['(body)']);
  });
});
