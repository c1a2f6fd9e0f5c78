/** What a failed SMTP attempt means for the message: try again later, or give up for good. */
export type FailureKind = 'temporary' | 'permanent';

interface SmtpLikeError {
  code?: string;
  responseCode?: number;
  message?: string;
}

/**
 * 5xx replies are permanent (the address or message is refused); 4xx replies and connection
 * problems are temporary. An error without either is treated as temporary: losing a mail is worse
 * than trying again.
 */
export function classifyFailure(error: unknown): FailureKind {
  const { responseCode } = (error ?? {}) as SmtpLikeError;
  if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) return 'permanent';
  return 'temporary';
}

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/**
 * Delay before attempt `attempt + 1` after `attempt` failed ones: exponential, capped, with full
 * jitter so that many messages failing together do not retry together.
 */
export function retryDelay(attempt: number, settings: BackoffSettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function shouldGiveUp(attempt: number, settings: BackoffSettings): boolean {
  return attempt >= settings.maxAttempts;
}

export function describeFailure(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as SmtpLikeError;
  return [responseCode, code, message].filter((part) => part !== undefined && part !== '').join(' ').slice(0, 1000);
}
