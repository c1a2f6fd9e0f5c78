import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { cataloguesOf, resolveConfig, type DoubleOptInConfig } from '../config';
import { localeOf, type Catalogue } from '../messages';

/** Resolved config plus what is derived from it once: the HMAC secret and link builders. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let config: DoubleOptInConfig | null = null;
  let secret: string | null = null;
  let catalogues: Record<string, Catalogue> | null = null;

  const get = () => (config ??= resolveConfig(strapi.config.get('plugin::double-opt-in')));
  const locale = (requested: string | null | undefined) => localeOf(requested, get().locales);
  const base = () => `${get().publicUrl.replace(/\/+$/, '')}/api/double-opt-in`;

  return {
    get,

    /** The configured locale that serves a requested one (same code, else same language), else the default locale. */
    locale,

    /** The texts of a locale: the shipped catalogue with the host's `messages` over it (see `locale`). */
    catalogue(requested: string | null | undefined): Catalogue {
      catalogues ??= cataloguesOf(get());
      return catalogues[locale(requested)];
    },

    /** The configured secret, else one derived from the app keys (stable across restarts and instances). */
    secret(): string {
      if (secret) return secret;
      const configured = get().secret;
      const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
      if (!configured && keys.length === 0) throw new Error('double-opt-in: set `secret` in the plugin config or APP_KEYS');
      secret = configured || createHash('sha256').update(`double-opt-in:${keys.join(',')}`).digest('hex');
      return secret;
    },

    urls: {
      confirm: (token: string, language: string) => `${base()}/confirm?token=${encodeURIComponent(token)}&lang=${language}`,
      unsubscribe: (token: string) => `${base()}/unsubscribe?token=${encodeURIComponent(token)}`,
      myData: (token: string, language: string) => `${base()}/my-data?token=${encodeURIComponent(token)}&lang=${language}`,
      dataRequest: (language: string) => `${base()}/my-data/request?lang=${language}`,
    },

    messageDomain(): string {
      return new URL(get().publicUrl).hostname || 'localhost';
    },
  };
};
