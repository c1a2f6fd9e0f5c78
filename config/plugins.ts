import type { Core } from '@strapi/strapi';
import { PARTICIPATION_FORMAT } from '../src/content-types';
import {
  budgetBands,
  conflictFits,
  costLevels,
  durationClasses,
  goals,
  leadTimeClasses,
  modes,
  participationLevels,
  projectPhases,
  targetGroups,
  type Label,
} from '../src/domain/code-lists';

/** A code list as the format finder's options: codes in order, with labels per locale. */
const asOptions = (list: { codes: readonly string[]; labels: Readonly<Record<string, Label>> }) =>
  list.codes.map((code) => ({ code, label: { ...list.labels[code] } }));

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo landing page loads from a CDN; cities behind strict networks get a blank page.
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', false),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: { introspection: true },
    },
  },
  'format-finder': {
    enabled: true,
    resolve: './src/plugins/format-finder',
    config: {
      contentType: PARTICIPATION_FORMAT,
      options: {
        goals: asOptions(goals),
        level: asOptions(participationLevels),
        modes: asOptions(modes),
        duration: asOptions(durationClasses),
        budget: asOptions(budgetBands),
        leadTime: asOptions(leadTimeClasses),
        targetGroups: asOptions(targetGroups),
        // A situation has entrenched fronts or not; "beide" describes formats, not situations.
        conflict: asOptions(conflictFits).filter((option) => option.code !== 'beide'),
        phase: asOptions(projectPhases),
      },
      costLevelLabels: Object.fromEntries(costLevels.codes.map((code) => [code, { ...costLevels.labels[code] }])),
      syncIntervalMs: env.int('FORMAT_FINDER_SYNC_MS', 2000),
    },
  },
});
