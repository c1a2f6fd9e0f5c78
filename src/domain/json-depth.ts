/**
 * How deeply a parsed JSON value nests (a scalar is 0, `{}` and `[]` are 1, `{ "a": [] }` is 2),
 * counted without recursion so that a hostile body nested 100,000 deep cannot overflow the stack.
 * Stops as soon as the depth passes `stopAbove`: the caller only needs to know it is too deep.
 */
export function jsonDepth(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > stopAbove) return deepest;
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: level });
    }
  }
  return deepest;
}

/** The message of the 400 for a value nested deeper than allowed (`what`: "The request body"); names the limit. */
export function tooDeepMessage(what: string, limit: number): string {
  return `${what} is nested more than ${limit} levels deep; at most ${limit} levels are allowed`;
}
