/**
 * Which attribute of which content type draws its values from which code list.
 * Single-valued fields are Strapi enumerations; multi-valued fields are JSON arrays of codes,
 * because Strapi 5 has no multi-select attribute. Both are checked against the lists here.
 */
import {
  accessibilityServices,
  attendanceModes,
  budgetBands,
  conflictFits,
  costLevels,
  districts,
  durationClasses,
  facilitationNeeds,
  federalStates,
  formatKinds,
  goals,
  iap2Levels,
  leadTimeClasses,
  modes,
  opportunityStatuses,
  opportunityTopics,
  participationLevels,
  projectPhases,
  recruitmentMethods,
  registrationKinds,
  spokenLanguages,
  targetGroups,
  toolkitAudiences,
  toolkitDocumentKinds,
  toolkitPhases,
} from './code-lists';

export type CodeList = { readonly codes: readonly string[] };

export interface CodedFields {
  /** Strapi enumeration attributes: one code or null. */
  readonly single: Readonly<Record<string, CodeList>>;
  /** JSON attributes holding an array of distinct codes. */
  readonly multiple: Readonly<Record<string, CodeList>>;
}

export const participationFormatFields = {
  single: {
    kind: formatKinds,
    primaryLevel: participationLevels,
    durationClass: durationClasses,
    leadTimeClass: leadTimeClasses,
    costLevel: costLevels,
    budgetBand: budgetBands,
    conflictFit: conflictFits,
    facilitation: facilitationNeeds,
  },
  multiple: {
    levels: participationLevels,
    iap2Levels,
    modes,
    goals,
    targetGroups,
    recruitment: recruitmentMethods,
    phases: projectPhases,
  },
} as const satisfies CodedFields;

export const toolkitDocumentFields = {
  single: { kind: toolkitDocumentKinds, phase: toolkitPhases },
  multiple: { audience: toolkitAudiences },
} as const satisfies CodedFields;

export const pilotMunicipalityFields = {
  single: { federalState: federalStates },
  multiple: {},
} as const satisfies CodedFields;

/**
 * `districts` names the default list here; the rules check it against the list the city
 * configured (config/opportunities.ts), as they do the place's district.
 */
export const participationOpportunityFields = {
  single: { eventStatus: opportunityStatuses, attendance: attendanceModes, registration: registrationKinds },
  multiple: { topics: opportunityTopics, districts, accessibilityServices, languages: spokenLanguages },
} as const satisfies CodedFields;
