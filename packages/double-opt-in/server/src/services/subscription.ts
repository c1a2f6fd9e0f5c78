import type { Core } from '@strapi/strapi';
import { normalizeEmail } from '../domain/email-address';
import { ipForRecord } from '../domain/ip-address';
import { fieldProblem, fieldProblemsOf, type FieldProblem } from '../domain/field-problem';
import { NAME_WITH_LINK, buildSignupSchema, dataRequestSchema } from '../domain/signup-schema';
import { onConfirm, onSignup, onUnsubscribe } from '../domain/subscription-state';
import {
  createConfirmationToken,
  createDataAccessToken,
  hashToken,
  looksLikeConfirmationToken,
  readSignedSubscriberId,
  sameDigest,
  verifyDataAccessToken,
  verifyUnsubscribeToken,
} from '../domain/tokens';
import { getService } from '../get-service';
import { validationError } from '../validation-error';
import type { Recipient } from './mail-composer';
import { createConsentRepository, type ConsentEventType } from '../repositories/consent-repository';
import { createOutboxRepository } from '../repositories/outbox-repository';
import { createSubscriberRepository, type SubscriberRow } from '../repositories/subscriber-repository';

export interface RequestMeta {
  ip?: string;
  /** When the form was shown, for the minimum fill time. */
  now?: Date;
  /** The request's language, resolved once by the caller; the default locale when none. */
  language?: string;
}

export type TokenResult<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'expired' };

const asDate = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * The double opt-in: sign-up, confirmation, unsubscription and the data rights. Each state change
 * is written together with its consent event and its mail (an outbox row) in one transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = createSubscriberRepository(strapi);
  const consents = createConsentRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  const composer = () => getService(strapi, 'mail-composer');

  async function record(type: ConsentEventType, subscriberId: number | null, language: string, at: Date, extra: { source?: string | null; ip?: string; channel?: string } = {}) {
    const config = settings().get();
    const lang = settings().locale(language);
    await consents.append({
      type,
      occurredAt: at,
      source: extra.source ?? null,
      consentVersion: type === 'signup' || type === 'confirmation' ? config.consent.version : null,
      consentText: type === 'signup' || type === 'confirmation' ? config.consent.text[lang] ?? config.consent.text[config.locales[0]] ?? null : null,
      language: lang,
      ipAddress: ipForRecord(extra.ip, config.ipStorage),
      channel: extra.channel ?? null,
      subscriber: subscriberId,
    });
  }

  // Built once: the config is resolved once per start, and building a schema costs more than checking a sign-up with it.
  let schema: ReturnType<typeof buildSignupSchema> | null = null;
  function signupSchema() {
    const config = settings().get();
    return (schema ??= buildSignupSchema({
      locales: config.locales,
      interests: config.interests.map((interest) => interest.code),
      honeypotField: config.abuse.honeypotField,
      facets: config.facets,
    }));
  }

  /**
   * A name refused for holding a link is told to the person in their language (the request's,
   * as the caller resolved it) from the catalogue; the other problems stay the schema's English,
   * which the form pages word themselves.
   */
  function inPersonsLanguage(problems: FieldProblem[], language: string | undefined): FieldProblem[] {
    const pages = settings().catalogue(language).pages;
    return problems.map((problem) => {
      if (problem.rule !== NAME_WITH_LINK) return problem;
      const text = problem.path[0] === 'lastName' ? pages.error_lastName_link : pages.error_firstName_link;
      return { ...problem, message: `${problem.path.join('.')}: ${text}` };
    });
  }

  function recipientOf(subscriber: Recipient) {
    return { ...subscriber, language: subscriber.language ?? settings().get().locales[0] };
  }

  return {
    /**
     * Always ends the same way for the caller, whatever the address's state: no enumeration.
     * Returns what happened, for tests and logs only.
     */
    async subscribe(input: unknown, meta: RequestMeta = {}): Promise<'started' | 'already-confirmed' | 'suppressed' | 'dropped'> {
      const config = settings().get();
      const parsed = signupSchema().safeParse(input);
      if (!parsed.success) throw validationError(inPersonsLanguage(fieldProblemsOf(parsed.error), meta.language));
      const signup = parsed.data as {
        firstName: string;
        lastName: string;
        email: string;
        locale?: string;
        source?: string;
        interests?: string[];
        startedAt?: number;
        altcha?: string;
      } & Record<string, unknown>;
      const now = meta.now ?? new Date();

      // Bots fill the hidden field or post faster than a person can type: drop silently.
      if (signup[config.abuse.honeypotField]) return 'dropped';
      if (signup.startedAt !== undefined && now.getTime() - signup.startedAt < config.abuse.minFillSeconds * 1000) return 'dropped';
      if (config.abuse.altcha.enabled && !(await getService(strapi, 'proof-of-work').verify(signup.altcha))) {
        throw validationError([fieldProblem('altcha', 'altcha: the proof of work is missing or wrong; reload the form')]);
      }

      const emailNormalized = normalizeEmail(signup.email);
      const language = signup.locale ?? config.locales[0];
      await getService(strapi, 'rate-limiter').perAddress('subscribe', emailNormalized);

      const attempt = () =>
        strapi.db.transaction(async () => {
          const existing = await subscribers.findByEmail(emailNormalized);
          const outcome = onSignup(existing ? { status: existing.status, suppressed: existing.suppressedAt !== null } : null);

          if (outcome.action === 'suppressed') return 'suppressed' as const;
          if (outcome.action === 'already-confirmed') {
            if (config.notifyAlreadySubscribed && existing) {
              await outbox.enqueue(await composer().compose('already_subscribed', recipientOf(existing), {}), now);
            }
            return 'already-confirmed' as const;
          }

          const { token, hash } = createConfirmationToken();
          const expiresAt = new Date(now.getTime() + config.confirmationTtlHours * 3_600_000);
          const fields = {
            firstName: signup.firstName,
            lastName: signup.lastName,
            email: signup.email.trim(),
            language,
            interests: signup.interests ?? [],
            facets: Object.fromEntries(config.facets.map((facet) => [facet.name, (signup[facet.name] as string[] | undefined) ?? []])),
            status: 'pending' as const,
            confirmTokenHash: hash,
            confirmTokenExpiresAt: expiresAt,
            unsubscribedAt: null,
          };
          const subscriber = existing ? await subscribers.update(existing.id, fields) : await subscribers.insert({ ...fields, emailNormalized });
          await record('signup', subscriber.id, language, now, { source: signup.source, ip: meta.ip, channel: 'form' });
          // Only the newest link works; mails of earlier attempts not yet sent are not sent at all.
          if (existing) await outbox.cancelPendingForRecipient(subscriber.email, ['confirmation']);
          await outbox.enqueue(
            await composer().compose('confirmation', recipientOf(subscriber), {
              confirmUrl: settings().urls.confirm(token, settings().locale(language)),
              expiresInHours: String(config.confirmationTtlHours),
            }),
            now,
          );
          return 'started' as const;
        });

      let result: Awaited<ReturnType<typeof attempt>>;
      try {
        result = await attempt();
      } catch (error) {
        // Two sign-ups of a new address at the same moment: the unique index lets one win; the
        // other runs again and finds the address pending.
        if (/unique|duplicate/i.test(String((error as Error)?.message))) result = await attempt();
        else throw error;
      }
      getService(strapi, 'outbox').kick();
      return result;
    },

    /** Looks a confirmation token up without changing anything (the GET of the link). */
    async inspectConfirmation(token: string): Promise<TokenResult<SubscriberRow>> {
      if (!looksLikeConfirmationToken(token)) return { ok: false, reason: 'invalid' };
      const hash = hashToken(token);
      const subscriber = await subscribers.findByTokenHash(hash);
      if (!subscriber || !subscriber.confirmTokenHash || !sameDigest(subscriber.confirmTokenHash, hash)) return { ok: false, reason: 'invalid' };
      const outcome = onConfirm({ status: subscriber.status, tokenExpiresAt: asDate(subscriber.confirmTokenExpiresAt) }, new Date());
      return outcome.action === 'confirm' ? { ok: true, value: subscriber } : { ok: false, reason: outcome.reason };
    },

    /** The button's POST: confirms once; the token is used up. */
    async confirm(token: string, meta: RequestMeta = {}): Promise<TokenResult<SubscriberRow>> {
      const now = meta.now ?? new Date();
      return strapi.db.transaction(async () => {
        const inspected = await this.inspectConfirmation(token);
        if (!inspected.ok) return inspected;
        const subscriber = inspected.value;
        const updated = await subscribers.update(subscriber.id, {
          status: 'confirmed',
          confirmedAt: now,
          confirmTokenHash: null,
          confirmTokenExpiresAt: null,
        });
        await record('confirmation', subscriber.id, subscriber.language ?? settings().get().locales[0], now, { ip: meta.ip, channel: 'confirm-page' });
        return { ok: true as const, value: updated };
      });
    },

    /** Finds the subscriber an unsubscribe token belongs to; unsubscribe links never expire. */
    async inspectUnsubscribe(token: string): Promise<TokenResult<SubscriberRow>> {
      const id = readSignedSubscriberId(token);
      if (id === null) return { ok: false, reason: 'invalid' };
      const subscriber = await subscribers.findById(id);
      if (!subscriber || !verifyUnsubscribeToken(settings().secret(), token, subscriber.id, subscriber.emailNormalized)) {
        return { ok: false, reason: 'invalid' };
      }
      return { ok: true, value: subscriber };
    },

    async unsubscribe(token: string, meta: RequestMeta & { channel?: string } = {}): Promise<TokenResult<SubscriberRow>> {
      const now = meta.now ?? new Date();
      const result = await strapi.db.transaction(async () => {
        const inspected = await this.inspectUnsubscribe(token);
        if (!inspected.ok) return inspected;
        const subscriber = inspected.value;
        if (onUnsubscribe(subscriber).action === 'none') return inspected;
        const updated = await subscribers.update(subscriber.id, {
          status: 'unsubscribed',
          unsubscribedAt: now,
          // A stale confirmation link must never bring the person back.
          confirmTokenHash: null,
          confirmTokenExpiresAt: null,
        });
        await record('unsubscribe', subscriber.id, subscriber.language ?? settings().get().locales[0], now, { ip: meta.ip, channel: meta.channel ?? 'unsubscribe-page' });
        await outbox.cancelPendingForRecipient(subscriber.email);
        return { ok: true as const, value: updated };
      });
      return result;
    },

    /** Data-rights request: a mail with a link that expires; the same answer for every address. */
    async requestData(input: unknown): Promise<void> {
      const parsed = dataRequestSchema.safeParse(input);
      if (!parsed.success) throw validationError(fieldProblemsOf(parsed.error));
      const config = settings().get();
      const emailNormalized = normalizeEmail(parsed.data.email);
      await getService(strapi, 'rate-limiter').perAddress('data-request', emailNormalized);
      const subscriber = await subscribers.findByEmail(emailNormalized);
      // No mail of any kind goes to an address imported without proof of consent.
      if (!subscriber || subscriber.suppressedAt || subscriber.status === 'unverified') return;
      const now = new Date();
      const expiresAt = now.getTime() + config.dataAccessTtlHours * 3_600_000;
      const token = createDataAccessToken(settings().secret(), subscriber.id, subscriber.emailNormalized, expiresAt);
      const language = settings().locale(subscriber.language);
      await outbox.enqueue(
        await composer().compose('data_access', recipientOf(subscriber), {
          dataUrl: settings().urls.myData(token, language),
          expiresInHours: String(config.dataAccessTtlHours),
        }),
        now,
      );
      getService(strapi, 'outbox').kick();
    },

    async inspectDataAccess(token: string): Promise<TokenResult<SubscriberRow>> {
      const id = readSignedSubscriberId(token);
      if (id === null) return { ok: false, reason: 'invalid' };
      const subscriber = await subscribers.findById(id);
      if (!subscriber) return { ok: false, reason: 'invalid' };
      if (!verifyDataAccessToken(settings().secret(), token, subscriber.id, subscriber.emailNormalized, Date.now())) {
        return { ok: false, reason: 'expired' };
      }
      return { ok: true, value: subscriber };
    },

    /** Everything kept about a person (DSGVO Art. 15/20), as plain data. */
    async exportData(subscriber: SubscriberRow) {
      const events = await consents.findForSubscriber(subscriber.id);
      return {
        subscriber: {
          firstName: subscriber.firstName,
          lastName: subscriber.lastName,
          email: subscriber.email,
          status: subscriber.status,
          language: subscriber.language,
          interests: subscriber.interests ?? [],
          facets: subscriber.facets ?? {},
          createdAt: subscriber.createdAt,
          confirmedAt: subscriber.confirmedAt,
          unsubscribedAt: subscriber.unsubscribedAt,
        },
        consentEvents: events.map((event) => ({
          type: event.type,
          occurredAt: event.occurredAt,
          source: event.source,
          consentVersion: event.consentVersion,
          consentText: event.consentText,
          language: event.language,
          ipAddress: event.ipAddress,
          details: event.details ?? null,
        })),
      };
    },

    /**
     * Erasure (DSGVO Art. 17): the subscriber and their mails go; consent events stay as
     * anonymous records (no link to the person, no IP), plus an anonymous erasure event.
     */
    async erase(subscriber: SubscriberRow, channel = 'my-data-page'): Promise<void> {
      const now = new Date();
      await strapi.db.transaction(async () => {
        await consents.anonymiseForSubscriber(subscriber.id);
        await outbox.deleteForRecipient(subscriber.email);
        await subscribers.delete(subscriber.id);
        await record('erasure', null, subscriber.language ?? settings().get().locales[0], now, { channel });
      });
    },

    /** Deletes sign-ups never confirmed within the retention period, with their pending mails. */
    async purgeStalePending(now = new Date()): Promise<number> {
      const config = settings().get();
      const before = new Date(now.getTime() - config.pendingRetentionDays * 86_400_000);
      let purged = 0;
      for (;;) {
        const stale = await subscribers.findStalePending(before, 100);
        for (const subscriber of stale) {
          await this.erase(subscriber, 'retention');
          purged += 1;
        }
        if (stale.length < 100) return purged;
      }
    },

  };
};
