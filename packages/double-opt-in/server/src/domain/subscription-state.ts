/**
 * The life of a pool subscription as a state machine. Services ask it what a request means for a
 * subscriber in a given state; it never touches storage.
 */
/**
 * `unverified`: brought in by an import without proof of consent; kept apart and sent nothing until
 * the office confirms it with evidence or sends an opt-in request (services/pool-import.ts).
 */
export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'unverified'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export type SignupOutcome =
  /** New address or pending one: (re)start the double opt-in with a fresh token and a mail. */
  | { action: 'start-opt-in'; status: 'pending'; event: 'signup' }
  /** Already in the pool: nothing changes; a notice may be sent. */
  | { action: 'already-confirmed' }
  /** The address bounced permanently: no mail goes to it. */
  | { action: 'suppressed' };

export function onSignup(current: { status: SubscriberStatus; suppressed: boolean } | null): SignupOutcome {
  if (current?.suppressed) return { action: 'suppressed' };
  if (current?.status === 'confirmed') return { action: 'already-confirmed' };
  return { action: 'start-opt-in', status: 'pending', event: 'signup' };
}

export type ConfirmOutcome = { action: 'confirm'; status: 'confirmed'; event: 'confirmation' } | { action: 'reject'; reason: 'invalid' | 'expired' };

/**
 * A token confirms only a pending subscription whose stored token it is and only before it
 * expires. Unsubscribing clears the token, so a stale link can never re-subscribe anyone.
 */
export function onConfirm(current: { status: SubscriberStatus; tokenExpiresAt: Date | null } | null, now: Date): ConfirmOutcome {
  if (!current || current.status !== 'pending' || !current.tokenExpiresAt) return { action: 'reject', reason: 'invalid' };
  if (current.tokenExpiresAt.getTime() < now.getTime()) return { action: 'reject', reason: 'expired' };
  return { action: 'confirm', status: 'confirmed', event: 'confirmation' };
}

export type UnsubscribeOutcome = { action: 'unsubscribe'; status: 'unsubscribed'; event: 'unsubscribe' } | { action: 'none' };

export function onUnsubscribe(current: { status: SubscriberStatus } | null): UnsubscribeOutcome {
  if (!current || current.status === 'unsubscribed') return { action: 'none' };
  return { action: 'unsubscribe', status: 'unsubscribed', event: 'unsubscribe' };
}
