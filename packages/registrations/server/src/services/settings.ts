import type { Core } from '@strapi/strapi';
import { resolveConfig, type RegistrationsConfig } from '../config';

/** The resolved config, read once per instance (a test may set another before bootstrap). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let resolved: RegistrationsConfig | null = null;
  return {
    get(): RegistrationsConfig {
      resolved ??= resolveConfig(strapi.config.get('plugin::registrations'));
      return resolved;
    },
    /** Forgets the resolved config, for a config changed at run time (tests). */
    reload(): void {
      resolved = null;
    },
  };
};
