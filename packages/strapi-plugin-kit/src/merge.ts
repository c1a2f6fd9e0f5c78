/** Merging a host's partial config or texts over shipped defaults. Pure. */

/** A plain object (not an array, not null): what a config section or a catalogue is made of. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `override` over `base`, objects merged key by key at every depth; anything else (a text, a
 * number, an array) in `override` replaces what `base` has. `undefined` keeps the base.
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = key in base ? deepMerge(base[key], value) : value;
  return result;
}

/** A type whose every text may be left out, for what a host gives over shipped texts. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * A plugin's config: the host's values over the defaults; top-level values replace the default,
 * the sections named in `mergedByKey` are merged one level deep. (Strapi's own deep merge would
 * splice arrays item by item, so a plugin's Strapi default is empty and the merge happens here.)
 */
export function mergeConfig<Config extends object>(defaults: Config, userConfig: unknown, mergedByKey: readonly (keyof Config & string)[]): Record<string, unknown> {
  const user = (isPlainObject(userConfig) ? userConfig : {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults, ...user };
  for (const key of mergedByKey) merged[key] = { ...(defaults[key] as object), ...((user[key] as object | undefined) ?? {}) };
  return merged;
}

/** A schema validator's issues in one sentence: `path: message; …` (`(root)` for the whole config). */
export const issuesText = (issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>): string =>
  issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
