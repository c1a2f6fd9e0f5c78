import type { Catalogue } from './de';

/** English; the same keys as the German catalogue. */
export const en = {
  name: 'Format search',
  previewPermission: 'Use the format search preview',
  and: 'and',
  or: 'or',
  unknown: 'No information on {{criterion}}.',
  criteria: {
    goals: 'goals',
    level: 'participation level',
    modes: 'mode',
    participants: 'group size',
    duration: 'duration',
    budget: 'cost',
    leadTime: 'lead time',
    targetGroups: 'target groups',
    conflict: 'conflict suitability',
    phase: 'project phases',
    accessibility: 'accessibility',
  },
  groupSize: {
    range: '{{min}}–{{max}} people',
    atLeast: '{{min}} people or more',
    atMost: 'up to {{max}} people',
  },
  costLevelEstimated: 'cost level {{level}}, estimated',
  reasons: {
    goals: {
      matched: 'Serves every goal asked for: {{hit}}.',
      partly: 'Serves {{hit}}, but not {{miss}}.',
      not_matched: 'Serves none of the goals asked for ({{wanted}}).',
    },
    targetGroups: {
      matched: 'Addresses the target groups asked for: {{hit}}.',
      partly: 'Addresses {{hit}}, but not {{miss}}.',
      not_matched: 'Is meant for other target groups ({{have}}).',
    },
    accessibility: {
      matched: 'Meets: {{hit}}.',
      partly: 'Meets {{hit}}, but not {{miss}}.',
      not_matched: 'Does not meet: {{miss}}.',
    },
    modes: {
      matched: 'Can be run as: {{hit}}.',
      partly: 'Not available as {{wanted}}, but as {{have}}.',
      not_matched: 'Only as {{have}}, not as {{wanted}}.',
    },
    level: {
      matched: 'Reaches the level {{wanted}}.',
      partly: 'Reaches {{have}}, one step from {{wanted}}.',
      not_matched: 'Reaches {{have}}, not {{wanted}}.',
    },
    participants: {
      matched: 'Suits {{wanted}} people ({{have}}).',
      partly: '{{wanted}} people is just outside the usual size ({{have}}).',
      not_matched: '{{wanted}} people does not fit the usual size ({{have}}).',
    },
    duration: {
      matched: 'Its duration ({{have}}) fits the time available ({{wanted}}).',
      partly: 'Takes {{have}}, a little longer than the time available ({{wanted}}).',
      not_matched: 'Takes {{have}}, far longer than the time available ({{wanted}}).',
    },
    leadTime: {
      matched: 'Its preparation ({{have}}) fits the lead time ({{wanted}}).',
      partly: 'Needs {{have}} of preparation, a little more than {{wanted}}.',
      not_matched: 'Needs {{have}} of preparation, far more than {{wanted}}.',
    },
    budget: {
      matched: 'Its cost ({{have}}) is within {{wanted}}.',
      partly: 'Its cost ({{have}}) may exceed {{wanted}}.',
      not_matched: 'Its cost ({{have}}) is above {{wanted}}.',
    },
    conflict: {
      matched: 'Suits the conflict situation: {{wanted}}.',
      not_matched: 'Not meant for the conflict situation "{{wanted}}".',
    },
    phase: {
      matched: 'Fits the project phase {{wanted}}.',
      not_matched: 'Belongs to other project phases ({{have}}).',
    },
  },
} satisfies Catalogue;
