export type IpStorage = 'none' | 'truncated' | 'full';

/**
 * What of a client's IP address goes into a consent record. Truncation keeps the network part
 * only (IPv4 /24, IPv6 /48), which is commonly regarded as no longer identifying a person.
 */
export function ipForRecord(ip: string | undefined | null, storage: IpStorage): string | null {
  if (!ip || storage === 'none') return null;
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (storage === 'full') return address;
  if (address.includes('.')) {
    const parts = address.split('.');
    return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.0` : null;
  }
  const groups = address.split(':');
  return `${groups.slice(0, 3).join(':')}::`;
}
