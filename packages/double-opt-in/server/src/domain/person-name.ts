/**
 * Whether a person's name holds a link or a mail address. A double opt-in form mails the name it
 * is given to the address it is given — to anyone's address — so a "name" such as
 * "Gewinn auf example.com/x" turns the list's confirmation mail into spam in the sender's name.
 * No real name holds a web address, so such names are refused wherever a name comes in.
 *
 * Real names keep working: hyphens, apostrophes, titles and initials with dots and spaces
 * ("Dr. Müller", "J. R. R."), any script. A dot between two words is a link only when the part
 * after it reads as a host's ending: followed by `/`, `:port`, or one of the endings link spam
 * uses (so "St.Pauli" or "dr.med" stay names, "gewinn.com" does not).
 */

export type NameLink = 'url' | 'email';

// Any scheme ("https://", "ftp://", "tg://") or a protocol-relative "//host".
const SCHEME = /(?:^|[^\p{L}\p{N}])(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s/]/iu;
const WWW = /(?:^|[^\p{L}\p{N}])www\d*\./iu;
// local@host.ending, with no space inside: a mail address.
const MAIL = /[^\s@]@[^\s@]+\.[^\s@]/u;
// label.ending followed by a path, a port or a query: "word.tld/" as a browser would take it.
const HOST_WITH_PATH = /[\p{L}\p{N}-]\.(?:[a-z]{2,24}|xn--[a-z0-9-]+)(?:[/:?#])/iu;
// Four dotted numbers: an IP address.
const IP_ADDRESS = /(?:^|[^\p{N}.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:$|[^\p{N}])/u;

/**
 * Endings that a bare host (no scheme, no path) is recognised by: the generic ones, the cheap ones
 * link spam favours and the country endings of Europe and the largest mail markets. A name part
 * after a dot that is none of them ("Pauli", "med", "R") is taken as a name.
 */
const HOST_ENDINGS = new Set(
  (
    'com net org info biz edu gov int mil name pro mobi asia tel travel xxx ' +
    'io co me tv cc ws to ly gg sh ai app dev page link click top xyz online site website space store shop ' +
    'club live life world today news blog email download win bid loan work men date party review stream trade ' +
    'icu vip fun buzz monster rest bar cam casino bet poker porn sex adult dating money cash crypto ' +
    'tk ml ga cf gq pw su ru ua by kz cn hk tw jp kr in id vn th ph my sg pk ir br ar mx cl pe ve ng za ke eg ma ' +
    'de at ch li lu nl be fr it es pt ie uk eu pl cz sk hu ro bg gr tr hr si rs ba mk al me md lt lv ee fi se no dk is ' +
    'us ca au nz'
  ).split(' '),
);
const BARE_HOST = /[\p{L}\p{N}-]\.(xn--[a-z0-9-]+|[a-z]{2,24})(?![\p{L}\p{N}])/giu;

function hasBareHost(value: string): boolean {
  for (const match of value.matchAll(BARE_HOST)) {
    const ending = match[1];
    // An ending written with a capital is a name ("Anne.Marie"); hosts are typed in small letters.
    if (ending.startsWith('xn--') || (ending === ending.toLowerCase() && HOST_ENDINGS.has(ending))) return true;
  }
  return false;
}

/** What kind of link the name holds, or null for a name without one. */
export function linkInName(value: string): NameLink | null {
  if (MAIL.test(value)) return 'email';
  if (SCHEME.test(value) || WWW.test(value) || HOST_WITH_PATH.test(value) || IP_ADDRESS.test(value) || hasBareHost(value)) return 'url';
  return null;
}

/** The longest first or last name taken. Double names with particles reach 60; links are refused by `linkInName`, not by length. */
export const MAX_PERSON_NAME_LENGTH = 100;
