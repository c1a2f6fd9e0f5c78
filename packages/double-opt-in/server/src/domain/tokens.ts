import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';

/** A confirmation token: 32 random bytes for the link, only its SHA-256 kept in the database. */
export function createConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests of equal length. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Whether a string could be a confirmation token at all (43 base64url characters). */
export function looksLikeConfirmationToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

function sign(secret: string, purpose: string, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');
}

function verify(secret: string, purpose: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, purpose, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Unsubscribe tokens never expire (a mail from last year must still work) and need no database
 * row: `<subscriber id>.<HMAC>`. The HMAC also covers the address, so a token stops working for
 * an id that is later reused by someone else.
 */
export function createUnsubscribeToken(secret: string, subscriberId: number, email: string): string {
  return `${subscriberId}.${sign(secret, 'unsubscribe', `${subscriberId}:${email}`)}`;
}

export function readSignedSubscriberId(token: unknown): number | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^(\d{1,12})\./.exec(token);
  return match ? Number(match[1]) : null;
}

export function verifyUnsubscribeToken(secret: string, token: string, subscriberId: number, email: string): boolean {
  const [, signature = ''] = token.split('.');
  return verify(secret, 'unsubscribe', `${subscriberId}:${email}`, signature);
}

/** Data-access tokens (export, erasure) expire: `<id>.<expires ms>.<HMAC>`. */
export function createDataAccessToken(secret: string, subscriberId: number, email: string, expiresAt: number): string {
  return `${subscriberId}.${expiresAt}.${sign(secret, 'data', `${subscriberId}:${expiresAt}:${email}`)}`;
}

export function verifyDataAccessToken(secret: string, token: string, subscriberId: number, email: string, now: number): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const expiresAt = Number(parts[1]);
  if (!Number.isSafeInteger(expiresAt) || expiresAt < now) return false;
  return verify(secret, 'data', `${subscriberId}:${expiresAt}:${email}`, parts[2]);
}
