/**
 * How deep a request's JSON may nest. The deepest body this API takes is a
 * meeting: object → directives array → directive → cooperating ids array → id
 * (five levels); 32 leaves room and still stops an attacker's 2,000-level body
 * before anything recursive walks it.
 */
export const MAX_JSON_DEPTH = 32;

/** True when `value` nests deeper than `max` levels (a scalar is level 0). Iterative, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
