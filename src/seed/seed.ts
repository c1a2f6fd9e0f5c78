import type { Core } from '@strapi/strapi';
import { stat } from 'fs/promises';
import path from 'path';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT, type PublicContentType } from '../content-types';
import { instantOfWallClock, wallClock } from '../domain/opportunities/zoned-time';
import { uploadRefusal, type UploadType } from '../domain/upload-types';
import { configuredUploadTypes } from '../upload-allow-list';
import type { FormatFacts, Localized, OpportunitySeed, PilotMunicipalitySeed, SeedData, ToolkitDocumentSeed } from './seed-data';

const SEED_TIME_ZONE = 'Europe/Berlin';

/** A demo date so many days after today, at a time of day in Dortmund, so a fresh start shows upcoming dates. */
function demoDate(daysAhead: number, startTime: string, durationMinutes: number, now: Date) {
  const today = wallClock(now, SEED_TIME_ZONE);
  const [hour, minute] = startTime.split(':').map(Number);
  const start = instantOfWallClock({ year: today.year, month: today.month, day: today.day + daysAhead, hour, minute, second: 0 }, SEED_TIME_ZONE);
  return { start: start.toISOString(), end: new Date(start.getTime() + durationMinutes * 60_000).toISOString(), timeZone: SEED_TIME_ZONE };
}

function opportunityData(seed: OpportunitySeed, formatIds: string[], toolkitDocumentIds: string[], now: Date): { de: Data; en: Data | null } {
  const { slug, daysAhead, startTime, durationMinutes, secondDateDaysAhead, format: _format, toolkitDocuments: _documents, de, en, ...facts } = seed;
  const relations = { format: formatIds[0] ?? null, toolkitDocuments: toolkitDocumentIds };
  const dates = [daysAhead, ...(secondDateDaysAhead === undefined ? [] : [secondDateDaysAhead])].map((days) => demoDate(days, startTime, durationMinutes, now));
  return {
    de: { ...facts, ...de, slug, dates, ...relations },
    en: en ? { ...en, slug, ...relations } : null,
  };
}

/**
 * The seed writes into the media library past the upload routes, so it makes their check itself,
 * for every file before the first write. A seed file of a refused type is a mistake in the seed
 * (or an allow-list narrowed below what the seed needs), never something to skip quietly.
 */
export function assertSeedFilesAllowed(documents: readonly Pick<ToolkitDocumentSeed, 'file' | 'mime'>[], allowed: readonly UploadType[]): void {
  const refusals = documents.map((doc) => uploadRefusal({ name: doc.file, declaredType: doc.mime }, allowed, 'en')).filter((refusal) => refusal !== null);
  if (refusals.length > 0) {
    throw new Error(`The seed cannot load ${refusals.map((refusal) => `database/seed/toolkit/${refusal.fileName}`).join(', ')}: ${refusals.map((refusal) => refusal.message).join(' ')} (UPLOAD_ALLOWED_TYPES narrows the list.)`);
  }
}

export interface SeedReport {
  created: Record<PublicContentType, string[]>;
  skipped: Record<PublicContentType, string[]>;
}

type Data = Record<string, unknown>;

function pick<T>(value: Localized<T>, locale: 'de' | 'en'): T | null {
  return value[locale] ?? null;
}

function formatData(format: FormatFacts, data: SeedData, locale: 'de' | 'en'): Data {
  const prose = data.formatProse[format.slug]?.[locale] ?? null;
  const localized: Data = {
    name: pick(format.name, locale),
    slug: format.slug,
    summary: prose?.summary ?? null,
    description: prose?.description ?? null,
    strengths: prose?.strengths ?? null,
    limitations: prose?.limitations ?? null,
    participantsNote: pick(format.participantsNote, locale),
    durationText: pick(format.durationText, locale),
    leadTimeText: pick(format.leadTimeText, locale),
    facilitationNote: pick(format.facilitationNote, locale),
    accessibilityNotes: pick(format.accessibilityNotes, locale),
  };
  if (locale !== 'de') return localized;
  return {
    ...localized,
    kind: format.kind,
    primaryLevel: format.primaryLevel,
    levels: format.levels,
    iap2Levels: format.iap2Levels,
    modes: format.modes,
    participantsMin: format.participantsMin,
    participantsMax: format.participantsMax,
    durationClass: format.durationClass,
    leadTimeClass: format.leadTimeClass,
    costLevel: format.costLevel,
    budgetBand: format.budgetBand,
    goals: format.goals,
    targetGroups: format.targetGroups,
    recruitment: format.recruitment,
    conflictFit: format.conflictFit,
    phases: format.phases,
    facilitation: format.facilitation,
    digitalTools: format.digitalTools,
    provenance: format.provenance,
    sources: format.sources,
  };
}

/**
 * Loads the seed into an empty or partly seeded database. Entries are matched by slug and an
 * existing entry is never touched, so running it twice changes nothing and an editor's
 * changes to seeded entries survive.
 */
export function createSeeder(strapi: Core.Strapi) {
  const documentIds = new Map<string, string>();
  const key = (uid: string, slug: string) => `${uid}:${slug}`;

  async function findBySlug(uid: PublicContentType, slug: string): Promise<string | null> {
    const found = await strapi.documents(uid).findFirst({ filters: { slug }, locale: 'de', status: 'draft', fields: ['slug'] });
    return found?.documentId ?? null;
  }

  function idsOf(uid: PublicContentType, slugs: readonly string[] | undefined): string[] {
    return (slugs ?? []).map((slug) => documentIds.get(key(uid, slug))).filter((id): id is string => Boolean(id));
  }

  async function createPublished(uid: PublicContentType, de: Data, en: Data | null): Promise<string> {
    const created = await strapi.documents(uid).create({ data: de, locale: 'de', status: 'published' });
    const { documentId } = created;
    if (en) {
      await strapi.documents(uid).update({ documentId, data: en, locale: 'en', status: 'published' });
    }
    return documentId;
  }

  async function upload(file: string, mime: string, title: string): Promise<number> {
    const filepath = path.join(seedFileDir, file);
    const { size } = await stat(filepath);
    const [uploaded] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: file, caption: title, alternativeText: title } },
        files: { filepath, originalFilename: file, mimetype: mime, size },
      });
    return uploaded.id as number;
  }

  let seedFileDir = '';

  async function seedEach<T extends { slug: string }>(
    uid: PublicContentType,
    items: readonly T[],
    report: SeedReport,
    build: (item: T) => Promise<{ de: Data; en: Data | null }>,
  ): Promise<void> {
    for (const item of items) {
      const existing = await findBySlug(uid, item.slug);
      if (existing) {
        documentIds.set(key(uid, item.slug), existing);
        report.skipped[uid].push(item.slug);
        continue;
      }
      const { de, en } = await build(item);
      documentIds.set(key(uid, item.slug), await createPublished(uid, de, en));
      report.created[uid].push(item.slug);
    }
  }

  return {
    async run(data: SeedData): Promise<SeedReport> {
      assertSeedFilesAllowed(data.toolkitDocuments, configuredUploadTypes(strapi));
      seedFileDir = data.toolkitFileDir;
      const empty = () =>
        ({ [PARTICIPATION_FORMAT]: [], [TOOLKIT_DOCUMENT]: [], [PILOT_MUNICIPALITY]: [], [PARTICIPATION_OPPORTUNITY]: [] }) as Record<PublicContentType, string[]>;
      const report: SeedReport = { created: empty(), skipped: empty() };

      await seedEach(PARTICIPATION_FORMAT, data.formats, report, async (format) => ({
        de: formatData(format, data, 'de'),
        en: format.name.en ? formatData(format, data, 'en') : null,
      }));

      await seedEach<ToolkitDocumentSeed>(TOOLKIT_DOCUMENT, data.toolkitDocuments, report, async (doc) => {
        const fileId = await upload(doc.file, doc.mime, doc.de.title);
        const formats = idsOf(PARTICIPATION_FORMAT, data.relations.toolkitDocumentFormats[doc.slug]);
        return {
          de: {
            ...doc.de,
            slug: doc.slug,
            kind: doc.kind,
            phase: doc.phase,
            audience: doc.audience,
            licence: doc.licence,
            version: doc.version,
            files: [fileId],
            formats,
          },
          en: doc.en ? { ...doc.en, slug: doc.slug, formats } : null,
        };
      });

      await seedEach<PilotMunicipalitySeed>(PILOT_MUNICIPALITY, data.pilotMunicipalities, report, async (place) => {
        const relations = {
          formats: idsOf(PARTICIPATION_FORMAT, data.relations.municipalityFormats[place.slug]),
          toolkitDocuments: idsOf(TOOLKIT_DOCUMENT, data.relations.municipalityToolkitDocuments[place.slug]),
        };
        return {
          de: {
            name: place.name,
            slug: place.slug,
            federalState: place.federalState,
            dialogueDate: place.dialogueDate,
            participantsCount: place.participantsCount,
            programme: place.programme,
            website: place.website,
            latitude: place.latitude ?? null,
            longitude: place.longitude ?? null,
            sources: place.sources,
            ...place.de,
            ...relations,
          },
          en: place.en ? { name: place.name, slug: place.slug, ...place.en, ...relations } : null,
        };
      });

      const now = new Date();
      await seedEach<OpportunitySeed>(PARTICIPATION_OPPORTUNITY, data.opportunities, report, async (seed) =>
        opportunityData(seed, idsOf(PARTICIPATION_FORMAT, seed.format ? [seed.format] : []), idsOf(TOOLKIT_DOCUMENT, seed.toolkitDocuments), now),
      );

      return report;
    },
  };
}
