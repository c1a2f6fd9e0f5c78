import { classifyFailure, describeFailure, retryDelay, shouldGiveUp } from '../../server/src/domain/retry-policy';

describe('classifyFailure', () => {
  it.each([
    [{ responseCode: 550 }, 'permanent'],
    [{ responseCode: 554 }, 'permanent'],
    [{ responseCode: 421 }, 'temporary'],
    [{ responseCode: 451 }, 'temporary'],
    [{ code: 'ECONNREFUSED' }, 'temporary'],
    [{ code: 'ETIMEDOUT' }, 'temporary'],
    [new Error('something odd'), 'temporary'],
    [undefined, 'temporary'],
  ])('%j is %s', (error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });
});

describe('retryDelay', () => {
  const settings = { baseMs: 1000, maxMs: 60_000, maxAttempts: 5 };

  it('grows exponentially with jitter between half and the full step', () => {
    expect(retryDelay(1, settings, () => 0)).toBe(500);
    expect(retryDelay(1, settings, () => 1)).toBe(1000);
    expect(retryDelay(3, settings, () => 0)).toBe(2000);
    expect(retryDelay(3, settings, () => 1)).toBe(4000);
  });

  it('never exceeds the maximum', () => {
    expect(retryDelay(30, settings, () => 1)).toBe(60_000);
  });

  it('gives up after the maximum number of attempts', () => {
    expect(shouldGiveUp(4, settings)).toBe(false);
    expect(shouldGiveUp(5, settings)).toBe(true);
  });

  it('describes an SMTP error by code and text', () => {
    expect(describeFailure(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550, code: 'EENVELOPE' }))).toBe('550 EENVELOPE Mailbox unavailable');
  });
});
