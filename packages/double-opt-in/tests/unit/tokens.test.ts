import {
  createConfirmationToken,
  createDataAccessToken,
  createUnsubscribeToken,
  hashToken,
  looksLikeConfirmationToken,
  readSignedSubscriberId,
  sameDigest,
  verifyDataAccessToken,
  verifyUnsubscribeToken,
} from '../../server/src/domain/tokens';

describe('confirmation tokens', () => {
  it('are 32 random bytes in base64url, stored only as a SHA-256 digest', () => {
    const { token, hash } = createConfirmationToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(looksLikeConfirmationToken(token)).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    expect(createConfirmationToken().token).not.toBe(token);
  });

  it('compares digests in constant time and refuses different lengths', () => {
    const { hash } = createConfirmationToken();
    expect(sameDigest(hash, hash)).toBe(true);
    expect(sameDigest(hash, hashToken('other'))).toBe(false);
    expect(sameDigest(hash, hash.slice(2))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
  });

  it.each([undefined, 42, '', 'short', 'A'.repeat(44), `${'A'.repeat(42)}!`])('rejects %p as a token shape', (value) => {
    expect(looksLikeConfirmationToken(value)).toBe(false);
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'test-secret';

  it('verify for the id and address they were made for, without expiry', () => {
    const token = createUnsubscribeToken(secret, 17, 'a@example.org');
    expect(readSignedSubscriberId(token)).toBe(17);
    expect(verifyUnsubscribeToken(secret, token, 17, 'a@example.org')).toBe(true);
  });

  it('fail for another address, another secret or a changed signature', () => {
    const token = createUnsubscribeToken(secret, 17, 'a@example.org');
    expect(verifyUnsubscribeToken(secret, token, 17, 'b@example.org')).toBe(false);
    expect(verifyUnsubscribeToken('other', token, 17, 'a@example.org')).toBe(false);
    expect(verifyUnsubscribeToken(secret, `${token.slice(0, -1)}x`, 17, 'a@example.org')).toBe(false);
    expect(verifyUnsubscribeToken(secret, '17', 17, 'a@example.org')).toBe(false);
  });

  it.each([undefined, '', 'x.y', '-1.abc', `${'9'.repeat(13)}.abc`])('reads no id from %p', (value) => {
    expect(readSignedSubscriberId(value)).toBeNull();
  });
});

describe('data access tokens', () => {
  const secret = 'test-secret';
  const now = 1_800_000_000_000;

  it('verify until they expire', () => {
    const token = createDataAccessToken(secret, 5, 'a@example.org', now + 1000);
    expect(verifyDataAccessToken(secret, token, 5, 'a@example.org', now)).toBe(true);
    expect(verifyDataAccessToken(secret, token, 5, 'a@example.org', now + 1001)).toBe(false);
  });

  it('cannot have their expiry extended', () => {
    const token = createDataAccessToken(secret, 5, 'a@example.org', now + 1000);
    const [id, , signature] = token.split('.');
    expect(verifyDataAccessToken(secret, `${id}.${now + 999_999}.${signature}`, 5, 'a@example.org', now)).toBe(false);
  });
});
