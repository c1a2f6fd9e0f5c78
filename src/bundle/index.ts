/** Content bundles: the public content of one instance, to be added to another ("zum Nachmachen"). */
export { exportBundle, importBundle, readBundle, type ExportOptions, type ExportReport, type ImportOptions, type ImportReport } from './bundle-service';
export { BundleRefusedError, BUNDLE_SCHEMA_VERSION, DEFAULT_LICENCE } from './manifest';
export { BUNDLE_TYPES } from './bundle-types';
