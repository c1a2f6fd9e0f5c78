import path from 'path';
import { startStrapiApp, usesPostgres, type StartOptions, type TestApp } from '@mitwirken/strapi-testing';

export const APP_DIR = path.resolve(__dirname, '..', '..');
export { usesPostgres, type StartOptions, type TestApp };

/** Boots the compiled app (see global-setup.js) on a fresh database named after the test file. */
export function startTestApp(name: string, options: StartOptions = {}): Promise<TestApp> {
  return startStrapiApp({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }, name, options);
}
