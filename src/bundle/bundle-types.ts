/**
 * The content types a bundle carries, and nothing else. Personal data (pool members, consent
 * records, outbox, mailings and their deliveries, rate-limit counters, activity log), admin users
 * and API tokens are not listed here, so no code path can export them.
 */
import { PARTICIPATION_FORMAT, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../content-types';
import { MAIL_TEMPLATE } from '@mitwirken/strapi-plugin-double-opt-in/constants';

export interface BundleType {
  /**
   * The type's name in a bundle (folder under `content/`, `type` in the manifest). Not Strapi's
   * uid, so a bundle stays readable for people and survives a renamed API.
   */
  readonly name: string;
  readonly uid: string;
  /** The attribute that names an entry on every instance; ids and documentIds differ between instances. */
  readonly slugField: string;
  /** The attribute holding an entry's licence, where the type has one. */
  readonly licenceField?: string;
}

/**
 * In the order an import writes them: formats first, so that toolkit documents and pilot
 * municipalities (the owning sides of the relations) find them, as the seed does.
 */
export const BUNDLE_TYPES = [
  { name: 'participation-format', uid: PARTICIPATION_FORMAT, slugField: 'slug' },
  { name: 'toolkit-document', uid: TOOLKIT_DOCUMENT, slugField: 'slug', licenceField: 'licence' },
  { name: 'pilot-municipality', uid: PILOT_MUNICIPALITY, slugField: 'slug' },
  // Mail texts are not personal: kind, subject and body per locale, with placeholders for names.
  { name: 'mail-template', uid: MAIL_TEMPLATE, slugField: 'kind' },
] as const satisfies readonly BundleType[];

export type BundleTypeName = (typeof BUNDLE_TYPES)[number]['name'];

export const BUNDLE_TYPE_NAMES = BUNDLE_TYPES.map((type) => type.name) as [BundleTypeName, ...BundleTypeName[]];

export function bundleTypeByName(name: string): BundleType | undefined {
  return BUNDLE_TYPES.find((type) => type.name === name);
}

export function bundleTypeByUid(uid: string): BundleType | undefined {
  return BUNDLE_TYPES.find((type) => type.uid === uid);
}
