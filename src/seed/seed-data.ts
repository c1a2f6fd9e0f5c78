import { readFile } from 'fs/promises';
import path from 'path';

/** A text that exists per locale; a missing locale means "no translation yet". */
export type Localized<T = string> = Partial<Record<'de' | 'en', T | null>>;

export interface SourceRef {
  id: string;
  ref: string;
}

export interface FormatFacts {
  slug: string;
  name: Localized;
  kind: string;
  primaryLevel: string | null;
  levels: string[];
  iap2Levels: string[];
  modes: string[];
  participantsMin: number | null;
  participantsMax: number | null;
  participantsNote: Localized;
  durationClass: string | null;
  durationText: Localized;
  leadTimeClass: string | null;
  leadTimeText: Localized;
  costLevel: string | null;
  budgetBand: string | null;
  goals: string[];
  targetGroups: string[];
  recruitment: string[];
  conflictFit: string | null;
  phases: string[];
  facilitation: string | null;
  facilitationNote: Localized;
  digitalTools: string[];
  accessibilityNotes: Localized;
  provenance: Record<string, string>;
  sources: SourceRef[];
}

export interface FormatProse {
  summary: string;
  description: string;
  strengths: string;
  limitations: string;
}

export interface ToolkitDocumentSeed {
  slug: string;
  kind: string;
  phase: string;
  audience: string[];
  file: string;
  mime: string;
  licence: string;
  version: string;
  de: { title: string; summary: string; body: string };
  en?: { title: string; summary: string; body: string };
}

export interface PilotMunicipalitySeed {
  slug: string;
  name: string;
  federalState: string;
  dialogueDate: string | null;
  participantsCount: number | null;
  programme: string | null;
  website: string | null;
  latitude?: number | null;
  longitude?: number | null;
  sources: SourceRef[];
  de: { dialogueNote: string | null; participantsNote: string | null; description: string | null };
  en?: { dialogueNote: string | null; participantsNote: string | null; description: string | null };
}

/** A demo opportunity; its dates are days ahead of the seeding day, at a time of day in Dortmund. */
export interface OpportunitySeed {
  slug: string;
  daysAhead: number;
  startTime: string;
  durationMinutes: number;
  secondDateDaysAhead?: number;
  format?: string;
  toolkitDocuments: string[];
  de: Record<string, unknown>;
  en: Record<string, unknown> | null;
  [fact: string]: unknown;
}

export interface SeedData {
  formats: FormatFacts[];
  formatProse: Record<string, Localized<FormatProse>>;
  toolkitDocuments: ToolkitDocumentSeed[];
  pilotMunicipalities: PilotMunicipalitySeed[];
  /** Folder of the files attached to toolkit documents. */
  toolkitFileDir: string;
  /** Which formats each toolkit document and municipality relates to, by slug. */
  opportunities: OpportunitySeed[];
  relations: {
    toolkitDocumentFormats: Record<string, string[]>;
    municipalityFormats: Record<string, string[]>;
    municipalityToolkitDocuments: Record<string, string[]>;
  };
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Reads the seed files kept in `database/seed` of the project. */
export async function loadSeedData(seedDir: string): Promise<SeedData> {
  const [facts, formatProse, toolkitDocuments, pilotMunicipalities, relations, opportunities] = await Promise.all([
    readJson<{ formats: FormatFacts[] }>(path.join(seedDir, 'participation-formats.json')),
    readJson<Record<string, Localized<FormatProse>>>(path.join(seedDir, 'format-texts.json')),
    readJson<ToolkitDocumentSeed[]>(path.join(seedDir, 'toolkit-documents.json')),
    readJson<PilotMunicipalitySeed[]>(path.join(seedDir, 'pilot-municipalities.json')),
    readJson<SeedData['relations']>(path.join(seedDir, 'relations.json')),
    readJson<OpportunitySeed[]>(path.join(seedDir, 'participation-opportunities.json')),
  ]);
  return {
    formats: facts.formats,
    formatProse,
    toolkitDocuments,
    pilotMunicipalities,
    relations,
    opportunities,
    toolkitFileDir: path.join(seedDir, 'toolkit'),
  };
}
