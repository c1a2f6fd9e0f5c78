const path = require('path');

/** Registrations for a type of the host's own, with its own attribute names. */
module.exports = ({ env }) => ({
  graphql: { config: { endpoint: '/graphql', shadowCRUD: true, apolloServer: { introspection: true } } },
  registrations: {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
    config: {
      eventContentType: 'api::event.event',
      fields: { mode: 'signupMode', places: 'seats', reservedPlaces: 'heldBack', deadline: 'closesAt', waitlist: 'queue' },
      modeValue: 'onsite',
      closedWhen: [{ field: 'status', values: ['called_off'] }],
      rateLimit: { perIp: env.int('REGISTRATIONS_PER_IP', 10000) },
    },
  },
});
