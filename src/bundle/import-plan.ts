/**
 * What an import would do with each item of a bundle, decided before anything is written: the
 * dry run prints this plan, `--apply` carries out exactly this plan.
 */
import { itemKey, type ItemIdentity } from './manifest';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'keep-local-edit' | 'skip';

export interface PlanItem extends ItemIdentity {
  /** Hash of the item's content as this instance can hold it (see `restrictContent`). */
  bundleHash: string;
}

/** What this instance holds for an item's (type, slug, locale, status). */
export interface LocalItemState {
  /** Hash of the local version, on the same keys as the bundle item's. */
  hash: string;
}

export interface PlanInput {
  /** In manifest order. */
  items: readonly PlanItem[];
  /** By `itemKey`; missing = no such version here. */
  local: ReadonlyMap<string, LocalItemState>;
  /**
   * Keys `<type>/<slug>.<locale>` whose local draft is ahead of what is published (or unpublished
   * altogether): publishing an item there would overwrite that work.
   */
  localDraftsAhead: ReadonlySet<string>;
  /** By `itemKey`: the hash an earlier import wrote. A local version still equal to it was not edited here. */
  importedHashes: Readonly<Record<string, string>>;
  /** Bundle types this instance does not have (a city without the Mitmach-Pool has no mail texts). */
  unavailableTypes: ReadonlySet<string>;
  /** Locales the bundle uses that this instance does not offer. */
  unavailableLocales: ReadonlySet<string>;
  overwrite: boolean;
}

export interface PlannedItem extends PlanItem {
  action: ImportAction;
  /** Why, in the words the dry run prints. */
  reason: string;
  /**
   * Whether --apply writes it. Besides create and update, an unchanged draft is written again
   * after its published version was: publishing through Strapi writes the draft too.
   */
  write: boolean;
}

export interface ImportPlan {
  items: PlannedItem[];
  /** What --apply writes, in this order: published versions first, then drafts. */
  writes: PlannedItem[];
  counts: Record<ImportAction, number>;
}

const localeKey = (item: ItemIdentity) => `${item.type}/${item.slug}.${item.locale}`;
const documentKey = (item: ItemIdentity) => `${item.type}/${item.slug}`;

export function planImport(input: PlanInput): ImportPlan {
  const draftKeysInBundle = new Set(input.items.filter((item) => item.status === 'draft').map(localeKey));

  const items: PlannedItem[] = input.items.map((item) => {
    const planned = (action: ImportAction, reason: string): PlannedItem => ({ ...item, action, reason, write: false });
    if (input.unavailableTypes.has(item.type)) return planned('skip', `this instance has no ${item.type}`);
    if (input.unavailableLocales.has(item.locale)) return planned('skip', `this instance has no locale ${item.locale}`);

    const key = itemKey(item);
    const local = input.local.get(key);
    let conflict: string | null = null;
    let result: PlannedItem | null = null;
    if (!local) result = planned('create', 'not here yet');
    else if (local.hash === item.bundleHash) result = planned('unchanged', 'same as in the bundle');
    else if (input.importedHashes[key] === local.hash) result = planned('update', 'not edited here since the last import');
    else conflict = 'edited here';

    // Publishing goes through the draft, so local work in progress on that locale would be lost.
    const publishes = item.status === 'published' && result && (result.action === 'create' || result.action === 'update');
    if (publishes && !draftKeysInBundle.has(localeKey(item)) && input.localDraftsAhead.has(localeKey(item))) conflict = 'has unpublished changes here';

    if (conflict) {
      return input.overwrite ? planned('update', `${conflict}; replaced (--overwrite)`) : planned('keep-local-edit', `${conflict}; --overwrite replaces it`);
    }
    return result!;
  });

  // A document is kept or replaced as a whole: its languages share the fields that are not
  // translated, so importing one language of a locally edited document would change the others.
  const keptDocuments = new Set(items.filter((item) => item.action === 'keep-local-edit').map(documentKey));
  for (const item of items) {
    if (keptDocuments.has(documentKey(item)) && (item.action === 'create' || item.action === 'update')) {
      item.action = 'keep-local-edit';
      item.reason = 'another version of this document was edited here; --overwrite replaces it';
    }
  }

  const writesDocument = (item: PlannedItem) => item.action === 'create' || item.action === 'update';
  const publishedWritten = new Set(items.filter((item) => item.status === 'published' && writesDocument(item)).map(localeKey));
  for (const item of items) {
    item.write = writesDocument(item) || (item.status === 'draft' && item.action === 'unchanged' && publishedWritten.has(localeKey(item)));
  }

  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, 'keep-local-edit': 0, skip: 0 };
  for (const item of items) counts[item.action] += 1;

  const writes = [...items.filter((item) => item.write && item.status === 'published'), ...items.filter((item) => item.write && item.status === 'draft')];
  return { items, writes, counts };
}

const ACTION_LABELS: Record<ImportAction, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'keep-local-edit': 'keep local edit',
  skip: 'skip',
};

/** One line per item and a summary, as the dry run and --apply print them. */
export function describePlan(plan: ImportPlan, options: { apply: boolean }): string[] {
  const width = Math.max(...Object.values(ACTION_LABELS).map((label) => label.length));
  const lines = plan.items.map((item) => `${ACTION_LABELS[item.action].padEnd(width)}  ${item.type}/${item.slug} (${item.locale}, ${item.status}) — ${item.reason}`);
  const summary = (Object.keys(ACTION_LABELS) as ImportAction[])
    .filter((action) => plan.counts[action] > 0)
    .map((action) => `${plan.counts[action]} ${ACTION_LABELS[action]}`)
    .join(', ');
  lines.push(`${options.apply ? 'Imported' : 'Dry run, nothing written'}: ${summary || 'empty bundle'}`);
  if (!options.apply && plan.writes.length > 0) lines.push('Run again with --apply to import.');
  return lines;
}
