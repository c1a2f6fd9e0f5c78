import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { INTERESTS_DIMENSION, codesSchema, describePreferenceChange, facetFieldsShape, normalizeChoice, type Preferences } from '../domain/facets';
import { ipForRecord } from '../domain/ip-address';
import { fieldProblemsOf } from '../domain/field-problem';
import { getService } from '../get-service';
import { validationError } from '../validation-error';
import { createConsentRepository } from '../repositories/consent-repository';
import { createSubscriberRepository, type SubscriberRow } from '../repositories/subscriber-repository';
import type { TokenResult } from './subscription';

/**
 * What a member chooses to hear about: their interests and the configured facets. Changing the
 * choice needs no new opt-in (the consent stays what it was); each change is appended to the
 * consent record as a `preferences` event noting old → new, so the proof stays complete.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = createSubscriberRepository(strapi);
  const consents = createConsentRepository(strapi);
  const settings = () => getService(strapi, 'settings');

  /** The dimensions in config order: interests first, then each facet. */
  function dimensions(): Array<{ name: string; codes: string[] }> {
    const config = settings().get();
    return [
      { name: INTERESTS_DIMENSION, codes: config.interests.map((interest) => interest.code) },
      ...config.facets.map((facet) => ({ name: facet.name, codes: facet.options.map((option) => option.code) })),
    ];
  }

  /** A member's choices per dimension, limited to what is configured now. */
  function of(subscriber: Pick<SubscriberRow, 'interests' | 'facets'>): Preferences {
    const stored: Preferences = { ...(subscriber.facets ?? {}), [INTERESTS_DIMENSION]: subscriber.interests ?? [] };
    return Object.fromEntries(dimensions().map(({ name, codes }) => [name, normalizeChoice(stored[name], codes)]));
  }

  /** The whole new choice; a dimension left out is "nothing chosen" (a plain form sends no field for an empty group). */
  function schema() {
    const config = settings().get();
    return z.strictObject({
      [INTERESTS_DIMENSION]: codesSchema(INTERESTS_DIMENSION, config.interests.map((interest) => interest.code)).optional(),
      ...facetFieldsShape(config.facets),
    });
  }

  return {
    of,
    dimensions,

    /**
     * Replaces a member's choices, found by their data link (my-data page). Unchanged choices
     * record nothing; a change is saved with its consent event in one transaction.
     */
    async update(token: string, input: unknown, meta: { ip?: string; channel?: string; now?: Date } = {}): Promise<TokenResult<{ subscriber: SubscriberRow; change: string | null }>> {
      const parsed = schema().safeParse(input);
      if (!parsed.success) throw validationError(fieldProblemsOf(parsed.error));
      const inspected = await getService(strapi, 'subscription').inspectDataAccess(token);
      if (!inspected.ok) return inspected;
      const now = meta.now ?? new Date();
      const choice = parsed.data as Record<string, string[] | undefined>;
      return strapi.db.transaction(async () => {
        const subscriber = (await subscribers.findById(inspected.value.id)) ?? inspected.value;
        const before = of(subscriber);
        const after: Preferences = Object.fromEntries(dimensions().map(({ name, codes }) => [name, normalizeChoice(choice[name], codes)]));
        const change = describePreferenceChange(before, after, dimensions().map(({ name }) => name));
        if (!change) return { ok: true as const, value: { subscriber, change: null } };
        const { [INTERESTS_DIMENSION]: interests, ...facets } = after;
        const updated = await subscribers.update(subscriber.id, { interests, facets });
        const config = settings().get();
        await consents.append({
          type: 'preferences',
          occurredAt: now,
          source: null,
          consentVersion: null,
          consentText: null,
          language: settings().locale(subscriber.language),
          ipAddress: ipForRecord(meta.ip, config.ipStorage),
          channel: meta.channel ?? 'my-data-page',
          details: change,
          subscriber: subscriber.id,
        });
        return { ok: true as const, value: { subscriber: updated, change } };
      });
    },
  };
};
