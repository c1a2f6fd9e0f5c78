import type { Core } from '@strapi/strapi';

/** Reads a secret that must be set; `npm run setup` writes all of them into `.env`. */
export function requiredEnv(env: Core.Config.Shared.ConfigParams['env'], key: string): string {
  const value = env(key);
  if (!value) throw new Error(`${key} is not set. Run \`npm run setup\` to create .env with fresh secrets.`);
  return value;
}
