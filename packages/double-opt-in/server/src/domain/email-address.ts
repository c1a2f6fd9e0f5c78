/**
 * E-mail addresses as the pool keeps them: trimmed, domain lower-cased (domains are
 * case-insensitive), local part lower-cased too, because people type their address in varying
 * case and expect to be recognised — uniqueness is case-insensitive.
 */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

// Deliberately simple: one @, no spaces or control characters, a dotted domain; what mail servers
// accept is decided by the confirmation mail, not by a regex.
const SHAPE = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/;

/** Control characters (CR/LF first of all) would let a value smuggle headers into a mail. */
export function hasControlCharacters(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function isPlausibleEmail(input: string): boolean {
  return input.length <= 254 && SHAPE.test(input) && !hasControlCharacters(input);
}
