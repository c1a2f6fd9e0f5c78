import { onConfirm, onSignup, onUnsubscribe } from '../../server/src/domain/subscription-state';

const now = new Date('2026-11-28T12:00:00Z');
const later = new Date('2026-11-29T12:00:00Z');
const earlier = new Date('2026-11-27T12:00:00Z');

describe('onSignup', () => {
  it('starts the double opt-in for new, pending and unsubscribed addresses', () => {
    for (const current of [null, { status: 'pending' as const, suppressed: false }, { status: 'unsubscribed' as const, suppressed: false }]) {
      expect(onSignup(current)).toEqual({ action: 'start-opt-in', status: 'pending', event: 'signup' });
    }
  });

  it('changes nothing for a confirmed address', () => {
    expect(onSignup({ status: 'confirmed', suppressed: false })).toEqual({ action: 'already-confirmed' });
  });

  it('sends nothing to a suppressed address', () => {
    expect(onSignup({ status: 'pending', suppressed: true })).toEqual({ action: 'suppressed' });
  });
});

describe('onConfirm', () => {
  it('confirms a pending subscription before its token expires', () => {
    expect(onConfirm({ status: 'pending', tokenExpiresAt: later }, now)).toEqual({ action: 'confirm', status: 'confirmed', event: 'confirmation' });
  });

  it('refuses an expired token', () => {
    expect(onConfirm({ status: 'pending', tokenExpiresAt: earlier }, now)).toEqual({ action: 'reject', reason: 'expired' });
  });

  it('never confirms an unsubscribed or already confirmed subscription', () => {
    expect(onConfirm({ status: 'unsubscribed', tokenExpiresAt: later }, now)).toEqual({ action: 'reject', reason: 'invalid' });
    expect(onConfirm({ status: 'confirmed', tokenExpiresAt: later }, now)).toEqual({ action: 'reject', reason: 'invalid' });
    expect(onConfirm(null, now)).toEqual({ action: 'reject', reason: 'invalid' });
    expect(onConfirm({ status: 'pending', tokenExpiresAt: null }, now)).toEqual({ action: 'reject', reason: 'invalid' });
  });
});

describe('onUnsubscribe', () => {
  it('unsubscribes pending and confirmed subscriptions, once', () => {
    expect(onUnsubscribe({ status: 'confirmed' })).toMatchObject({ action: 'unsubscribe' });
    expect(onUnsubscribe({ status: 'pending' })).toMatchObject({ action: 'unsubscribe' });
    expect(onUnsubscribe({ status: 'unsubscribed' })).toEqual({ action: 'none' });
    expect(onUnsubscribe(null)).toEqual({ action: 'none' });
  });
});
