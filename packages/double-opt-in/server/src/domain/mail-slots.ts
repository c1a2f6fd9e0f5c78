import { escapeHtml } from './html';
import { PLACEHOLDER } from './mail-html';

/**
 * A text with `{{name}}` placeholders, split once into its fixed pieces and its slots, so that
 * filling it for one recipient is a walk over the pieces instead of a regular-expression pass
 * over the whole text. `fillSlots(slotsOf(text, 'text'), values)` equals `fillText(text, values)`
 * and `fillSlots(slotsOf(html, 'html'), values)` equals `fillHtml(html, values)`, for any values.
 * Pure: no Strapi.
 */

export interface Slot {
  /** The placeholder's name: `firstName` of `{{ firstName }}`. */
  name: string;
  /** The placeholder as written, kept when the values have no such name (as fillText does). */
  whole: string;
  /** As text (the value as it is), or into HTML (escaped; `…Url` values as links), as fillHtml does. */
  as: 'text' | 'html';
}

/** Fixed pieces and slots in the order of the text. */
export type Slotted = ReadonlyArray<string | Slot>;

export function slotsOf(template: string, as: Slot['as']): Slotted {
  const pieces: Array<string | Slot> = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const start = match.index as number;
    if (start > last) pieces.push(template.slice(last, start));
    pieces.push({ name: match[1], whole: match[0], as });
    last = start + match[0].length;
  }
  if (last < template.length || pieces.length === 0) pieces.push(template.slice(last));
  return joinFixed(pieces);
}

/** Adjacent fixed pieces as one, so filling concatenates as few strings as possible. */
export function joinFixed(pieces: ReadonlyArray<string | Slot>): Slotted {
  const joined: Array<string | Slot> = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    if (typeof piece === 'string' && typeof previous === 'string') joined[joined.length - 1] = previous + piece;
    else if (piece !== '') joined.push(piece);
  }
  return joined;
}

function slotValue(slot: Slot, values: Readonly<Record<string, string>>): string {
  // `in`, as fillText and fillHtml ask: a name the values lack keeps its placeholder.
  if (!(slot.name in values)) return slot.whole;
  if (slot.as === 'text') return values[slot.name];
  const value = escapeHtml(values[slot.name]);
  return slot.name.endsWith('Url') ? `<a href="${value}">${value}</a>` : value;
}

export function fillSlots(slotted: Slotted, values: Readonly<Record<string, string>>): string {
  let out = '';
  for (const piece of slotted) out += typeof piece === 'string' ? piece : slotValue(piece, values);
  return out;
}
