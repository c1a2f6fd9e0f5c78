import type { Core } from '@strapi/strapi';
import { resolveConfig, type FinderConfig } from '../config';
import { buildFormatIndex, resolveOptions, type CriterionOptions, type FormatIndex } from '../domain/format-index';
import { toFormatRecord } from '../domain/format-record';
import { indexVersion } from '../domain/http-cache';
import { buildCompareSchema, buildExportSchema, buildPlanSchema } from '../domain/planner-schema';
import { buildSearchSchema } from '../domain/search-schema';
import { createFormatRepository, type FormatsFingerprint } from '../repositories/format-repository';

export interface FormatIndexSnapshot {
  byLocale: Map<string, FormatIndex>;
  options: CriterionOptions;
  schema: ReturnType<typeof buildSearchSchema>;
  /** The schemas of compare, export and the phase plan: the search's keys and their own. */
  plannerSchemas: { compare: ReturnType<typeof buildCompareSchema>; export: ReturnType<typeof buildExportSchema>; plan: ReturnType<typeof buildPlanSchema> };
  fingerprint: FormatsFingerprint;
  /** Changes with the published formats (the fingerprint), the resolved code lists and the config. */
  version: string;
  builtAt: Date;
}

const sameFingerprint = (a: FormatsFingerprint, b: FormatsFingerprint) =>
  a.count === b.count && a.idSum === b.idSum && a.lastUpdate === b.lastUpdate;

/**
 * The in-memory index the finder answers from. It is rebuilt, and swapped in whole, when formats
 * change: at once after a change on this instance, and within `syncIntervalMs` after a change on
 * another instance sharing the database (each instance compares a cheap fingerprint of the
 * published rows).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let config: FinderConfig | null = null;
  let snapshot: FormatIndexSnapshot | null = null;
  let building: Promise<FormatIndexSnapshot> | null = null;
  let rebuildAgain = false;
  let debounce: NodeJS.Timeout | null = null;
  let poll: NodeJS.Timeout | null = null;
  let stopped = false;

  const settings = () => (config ??= resolveConfig(strapi.config.get('plugin::format-finder')));
  const repository = () => createFormatRepository(strapi, settings());

  async function build(): Promise<FormatIndexSnapshot> {
    const current = settings();
    const formats = repository();
    // Read the fingerprint first: a change during the build then shows at the next check.
    const fingerprint = await formats.fingerprint();
    const locales = formats.localized ? current.locales : [current.locales[0]];
    const recordsByLocale = new Map<string, ReturnType<typeof toFormatRecord>[]>();
    for (const locale of locales) {
      const rows = await formats.findPublished(formats.localized ? locale : null);
      recordsByLocale.set(locale, rows.map((row) => toFormatRecord(row, current.fields)));
    }
    const options = resolveOptions(current, formats.enumerations(), [...recordsByLocale.values()].flat());
    const byLocale = new Map([...recordsByLocale].map(([locale, records]) => [locale, buildFormatIndex(locale, records, options, current)]));
    const version = indexVersion(fingerprint, { options, config: { ...current, httpCache: undefined }, locales: [...byLocale.keys()] });
    const plannerSchemas = {
      compare: buildCompareSchema(options, current),
      export: buildExportSchema(options, current),
      plan: buildPlanSchema(options, current, current.processPhases.map((phase) => phase.code)),
    };
    return { byLocale, options, schema: buildSearchSchema(options, current), plannerSchemas, fingerprint, version, builtAt: new Date() };
  }

  async function rebuild(): Promise<FormatIndexSnapshot> {
    if (building) {
      rebuildAgain = true;
      return building;
    }
    building = (async () => {
      try {
        do {
          rebuildAgain = false;
          snapshot = await build();
        } while (rebuildAgain && !stopped);
        return snapshot;
      } finally {
        building = null;
      }
    })();
    return building;
  }

  async function current(): Promise<FormatIndexSnapshot> {
    return snapshot ?? (building ? building : rebuild());
  }

  return {
    settings,

    async index(locale: string): Promise<FormatIndex> {
      const { byLocale } = await current();
      return byLocale.get(locale) ?? (byLocale.values().next().value as FormatIndex);
    },

    async options(): Promise<CriterionOptions> {
      return (await current()).options;
    },

    async schema(): Promise<FormatIndexSnapshot['schema']> {
      return (await current()).schema;
    },

    async plannerSchemas(): Promise<FormatIndexSnapshot['plannerSchemas']> {
      return (await current()).plannerSchemas;
    },

    /**
     * The version of the data answers are computed from, for entity tags: hosts and caches may use
     * it. It follows the index, so a tag never names data the index does not hold yet.
     */
    async version(): Promise<string> {
      return (await current()).version;
    },

    async status() {
      const { byLocale, builtAt, fingerprint, version } = await current();
      return { builtAt, fingerprint, version, formats: Object.fromEntries([...byLocale].map(([locale, index]) => [locale, index.records.length])) };
    },

    rebuild,

    /** Called after a write on this instance; several writes in a row lead to one rebuild. */
    changed(): void {
      if (stopped) return;
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = null;
        rebuild().catch((error) => strapi.log.error(`format-finder: rebuilding the index failed: ${error}`));
      }, settings().rebuildDebounceMs);
    },

    /** Rebuilds when another instance changed the published formats. */
    async checkForChanges(): Promise<boolean> {
      if (!snapshot || building) return false;
      const fingerprint = await repository().fingerprint();
      if (sameFingerprint(fingerprint, snapshot.fingerprint)) return false;
      await rebuild();
      return true;
    },

    async start(): Promise<void> {
      stopped = false;
      await rebuild();
      const tick = () => {
        poll = setTimeout(async () => {
          try {
            await this.checkForChanges();
          } catch (error) {
            strapi.log.warn(`format-finder: checking for changes failed: ${error}`);
          }
          if (!stopped) tick();
        }, settings().syncIntervalMs);
        poll.unref();
      };
      tick();
    },

    stop(): void {
      stopped = true;
      if (debounce) clearTimeout(debounce);
      if (poll) clearTimeout(poll);
    },
  };
};
