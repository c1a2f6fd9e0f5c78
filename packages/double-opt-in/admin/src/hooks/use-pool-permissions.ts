import { type Permission, useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

/** The permissions for the parts of the pool page (the page itself is behind `readPool`). */
const PAGE_PARTS: Permission[] = [...PERMISSIONS.exportPool, ...PERMISSIONS.writeMailings, ...PERMISSIONS.sendMailings, ...PERMISSIONS.importPool];

export interface PoolPermissions {
  isLoading: boolean;
  /** `pool.export` */
  canExport: boolean;
  /** `mailings.write` */
  canSeeMailings: boolean;
  /** `mailings.send` */
  canSendMailings: boolean;
  /** `pool.import` */
  canImport: boolean;
}

/**
 * What the current admin may do on the pool page. useRBAC names each flag after the last segment
 * of the action id (`pool.export` → canExport, `mailings.write` → canWrite, `mailings.send` →
 * canSend), whatever keys an object argument has; this hook gives them names that say what they
 * allow. Everything is false until the check is done, so nothing flashes up and disappears.
 */
export const usePoolPermissions = (): PoolPermissions => {
  const { allowedActions, isLoading } = useRBAC(PAGE_PARTS);
  return {
    isLoading,
    canExport: allowedActions.canExport === true,
    canSeeMailings: allowedActions.canWrite === true,
    canSendMailings: allowedActions.canSend === true,
    canImport: allowedActions.canImport === true,
  };
};
