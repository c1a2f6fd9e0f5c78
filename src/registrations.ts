import type { Core } from '@strapi/strapi';
import type { OpportunityAvailability } from './domain/opportunities/public-opportunity';

/**
 * The part of the registrations plugin's documented service (packages/registrations, README
 * "Service") the app's public answers use: places left and whether registration is open, per
 * opportunity, never who registered. Stated here as the app reads it, so the app compiles against
 * the plugin's contract rather than its build.
 */
interface RegistrationsAvailability {
  availability(eventDocumentIds: readonly string[], now?: Date): Promise<Map<string, OpportunityAvailability>>;
}

/** The availability of the opportunities that take registrations here; empty when the plugin is not installed. */
export async function availabilityOf(strapi: Core.Strapi, documentIds: readonly string[], now: Date): Promise<Map<string, OpportunityAvailability>> {
  const plugin = strapi.plugin('registrations');
  if (!plugin || documentIds.length === 0) return new Map();
  return (plugin.service('registrations') as RegistrationsAvailability).availability(documentIds, now);
}
