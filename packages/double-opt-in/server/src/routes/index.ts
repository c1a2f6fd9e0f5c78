import { actionId, type AdminAction } from '../admin-actions';

/**
 * Public endpoints under /api/double-opt-in: open by design (auth: false), limited per client IP.
 * GETs only show pages; every change of state needs a POST. Admin endpoints under /double-opt-in,
 * each behind one of the plugin's admin actions.
 */
const open = (route?: string) => ({
  auth: false as const,
  ...(route ? { middlewares: [{ name: 'plugin::double-opt-in.rate-limit', config: { route } }] } : {}),
});
/** Admin routes: a logged-in admin user whose role holds the action. */
const allowed = (action: AdminAction) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [actionId(action)] } }],
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/subscribe', handler: 'public-pages.signupPage', config: open() },
      { method: 'POST', path: '/subscribe', handler: 'public-pages.subscribe', config: open('subscribe') },
      { method: 'GET', path: '/confirm', handler: 'public-pages.confirmPage', config: open() },
      { method: 'POST', path: '/confirm', handler: 'public-pages.confirm', config: open('confirm') },
      { method: 'GET', path: '/unsubscribe', handler: 'public-pages.unsubscribePage', config: open() },
      { method: 'POST', path: '/unsubscribe', handler: 'public-pages.unsubscribe', config: open('unsubscribe') },
      { method: 'GET', path: '/my-data/request', handler: 'public-pages.dataRequestPage', config: open() },
      { method: 'POST', path: '/my-data/request', handler: 'public-pages.dataRequest', config: open('data-request') },
      { method: 'GET', path: '/my-data', handler: 'public-pages.myDataPage', config: open('my-data') },
      { method: 'GET', path: '/my-data/export', handler: 'public-pages.myDataExport', config: open('my-data') },
      { method: 'POST', path: '/my-data/preferences', handler: 'public-pages.updatePreferences', config: open('my-data') },
      { method: 'POST', path: '/my-data/erase', handler: 'public-pages.erase', config: open('erase') },
      { method: 'GET', path: '/challenge', handler: 'public-pages.challenge', config: open('challenge') },
      { method: 'GET', path: '/archive', handler: 'mailings.archive', config: open() },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      // The configured interests, for the widget editors use on mailings; nothing personal in them.
      { method: 'GET', path: '/interests', handler: 'pool-admin.interests', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      { method: 'GET', path: '/export.csv', handler: 'pool-admin.exportCsv', config: allowed('exportPool') },
      { method: 'GET', path: '/outbox', handler: 'pool-admin.outbox', config: allowed('readPool') },
      { method: 'GET', path: '/audit', handler: 'pool-admin.audit', config: allowed('readPool') },
      { method: 'POST', path: '/outbox/process', handler: 'pool-admin.processOutbox', config: allowed('sendMailings') },
      { method: 'GET', path: '/mailings', handler: 'mailings.list', config: allowed('writeMailings') },
      ...['start', 'pause', 'resume', 'cancel'].map((action) => ({ method: 'POST', path: `/mailings/:documentId/${action}`, handler: `mailings.${action}`, config: allowed('sendMailings') })),
      { method: 'GET', path: '/mailings/:documentId/progress', handler: 'mailings.progress', config: allowed('writeMailings') },
      { method: 'GET', path: '/mailings/:documentId/preview', handler: 'mailings.preview', config: allowed('writeMailings') },
      { method: 'POST', path: '/mailings/:documentId/test', handler: 'mailings.testSend', config: allowed('sendMailings') },
      // Import of an existing list (services/pool-import.ts); the upload is at most 5 MB.
      { method: 'POST', path: '/import', handler: 'pool-import.importFile', config: allowed('importPool') },
      { method: 'GET', path: '/import/unverified', handler: 'pool-import.listUnverified', config: allowed('importPool') },
      { method: 'POST', path: '/import/unverified/:documentId/confirm', handler: 'pool-import.confirmUnverified', config: allowed('importPool') },
      { method: 'POST', path: '/import/unverified/:documentId/opt-in-request', handler: 'pool-import.requestOptIn', config: allowed('importPool') },
      { method: 'DELETE', path: '/import/unverified/:documentId', handler: 'pool-import.deleteUnverified', config: allowed('importPool') },
      // The digest: the items an editor may pick, a new digest, and its preview before the start.
      { method: 'GET', path: '/digest/candidates', handler: 'digest.candidates', config: allowed('writeMailings') },
      { method: 'POST', path: '/digest/preview', handler: 'digest.preview', config: allowed('writeMailings') },
      { method: 'POST', path: '/digests', handler: 'digest.create', config: allowed('writeMailings') },
      { method: 'GET', path: '/mailings/:documentId/digest-preview', handler: 'digest.mailingPreview', config: allowed('writeMailings') },
    ],
  },
};
