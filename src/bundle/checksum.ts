import { createHash } from 'crypto';

/** The checksum used everywhere in a bundle: SHA-256, lower-case hex. */
export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * JSON with object keys sorted at every level, so equal content always gives equal bytes and an
 * equal checksum, whichever database or instance it was read from. Arrays keep their order:
 * the order of relations and files is content.
 */
export function canonicalJson(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry !== undefined) sorted[key] = sortKeys(entry);
    }
    return sorted;
  }
  return value;
}
