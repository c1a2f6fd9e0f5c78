'use strict';
// An SMTP sink in its own process for the mailing benchmark: accepts everything, counts, reports.
const { SMTPServer } = require('smtp-server');

let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  closeTimeout: 100,
  onData(stream, session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      count += session.envelope.rcptTo.length;
      callback();
    });
  },
});
// Clients that go away mid-session reset their connections; the sink carries on.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.server.address().port }));
process.on('message', (message) => {
  if (message.type === 'count') process.send({ type: 'count', count });
  if (message.type === 'reset') {
    count = 0;
    process.send({ type: 'reset' });
  }
});
