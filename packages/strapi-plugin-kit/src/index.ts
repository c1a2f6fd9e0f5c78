/** The server side of the kit: what runs in Node, in a plugin's server bundle or in the app. */
export * from './views';
export { applyAdminViews, type AdminViewsOptions, type AdminViewsReport } from './admin-views/apply-admin-views';
export { baseLanguage, localeOf, matchLocale, resolveCatalogues, shapeProblems, shippedFor, type CatalogueRules, type ResolvedCatalogues, type ShapeProblems } from './catalogues';
export { entityTag, ifNoneMatchHits, normalizedQuery } from './entity-tags';
export { deepMerge, isPlainObject, issuesText, mergeConfig, type DeepPartial } from './merge';
export { createRateLimitCounters, type RateLimitCounters } from './rate-limit-counters';
export { FieldValidationError, validationError, type FieldProblem, type ValidationErrorDetail } from './validation-error';
