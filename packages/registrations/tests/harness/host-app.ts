import path from 'path';
import { startStrapiApp, type StartOptions, type TestApp } from '@mitwirken/strapi-testing';

/** A plain JavaScript Strapi app that hosts the built plugin on a type of its own, as a city's app would. */
export const HOST_APP_DIR = path.resolve(__dirname, '..', 'host-app');

/** Boots the host app on a fresh database named after the test file (the plugin must be built). */
export function startHostApp(name: string, options: StartOptions = {}): Promise<TestApp> {
  return startStrapiApp({ appDir: HOST_APP_DIR, distDir: HOST_APP_DIR }, name, options);
}
