/**
 * Public page and endpoint under /api/registrations: open by design (auth: false), limited per client IP.
 * There is no public route that reads registrations: who registered is for the office alone.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // The registration page of one event: HTML, no script; its form posts to /register.
      { method: 'GET', path: '/page', handler: 'public-registration.page', config: { auth: false as const } },
      {
        method: 'POST',
        path: '/register',
        handler: 'public-registration.register',
        config: { auth: false as const, middlewares: [{ name: 'plugin::registrations.rate-limit', config: { route: 'register' } }] },
      },
    ],
  },
};
