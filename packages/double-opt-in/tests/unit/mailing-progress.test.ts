import { closingStatus, progressOf } from '../../server/src/domain/mailing-progress';

describe('progressOf', () => {
  it('counts every delivery row once, by its outbox status', () => {
    expect(progressOf('sending', { pending: 5, held: 1, sending: 2, sent: 10, failed: 1, cancelled: 1 })).toEqual({
      status: 'sending',
      recipients: 20,
      queued: 5,
      sending: 2,
      sent: 10,
      kept: 0,
      failed: 1,
      cancelled: 1,
      held: 1,
      done: 12 / 20,
    });
  });

  it('reports mails the outbox kept without SMTP as kept, not as sent, and as finished', () => {
    expect(progressOf('kept', { logged: 120 })).toMatchObject({ recipients: 120, sent: 0, kept: 120, queued: 0, done: 1 });
  });

  it('is 0 % done with no rows at all', () => {
    expect(progressOf('draft', {})).toMatchObject({ recipients: 0, done: 0 });
  });
});

describe('closingStatus', () => {
  it('keeps a mailing open while any row is pending, held or being sent', () => {
    expect(closingStatus({ pending: 1, sent: 9 })).toBeNull();
    expect(closingStatus({ held: 1, sent: 9 })).toBeNull();
    expect(closingStatus({ sending: 1, sent: 9 })).toBeNull();
  });

  it('closes it as sent once every row is finished and something reached a mail server', () => {
    expect(closingStatus({ sent: 9, failed: 1, cancelled: 2 })).toBe('sent');
    expect(closingStatus({ sent: 1, logged: 5 })).toBe('sent');
    // Every delivery failed: it was sent (and failed); the archive lists only mailings someone received.
    expect(closingStatus({ failed: 3 })).toBe('sent');
  });

  it('closes it as kept when the outbox only kept its mails (no SMTP): it never says "sent" for them', () => {
    expect(closingStatus({ logged: 120 })).toBe('kept');
    expect(closingStatus({ logged: 100, cancelled: 20 })).toBe('kept');
  });
});
