/**
 * A link the public may follow: an absolute http(s) address. Anything else (javascript:, data:,
 * relative paths) is refused on writing and dropped on reading.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
