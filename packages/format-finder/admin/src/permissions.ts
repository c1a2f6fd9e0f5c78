import type { Permission } from '@strapi/strapi/admin';

/**
 * The admin permissions of the plugin, registered by its server side. `preview`: open the editors'
 * finder page and run searches on it (menu link and page).
 */
export const PERMISSIONS = {
  preview: [{ action: 'plugin::format-finder.preview', subject: null }],
} satisfies Record<string, Permission[]>;
