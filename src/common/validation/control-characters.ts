/**
 * C0 control characters other than tab, line feed and carriage return, DEL,
 * and the C1 controls (NEL among them). No person types them; PostgreSQL
 * refuses NUL in text outright, and the others hide in logs and terminals or
 * break log lines, so they are refused at the door.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Printable form of a key for a field path: a control character in a key is shown escaped, not sent back raw. */
function printable(key: string): string {
  return CONTROL.test(key) ? JSON.stringify(key).slice(1, -1) : key;
}

function childPath(parent: string, key: string, inArray: boolean): string {
  if (inArray) return `${parent}[${key}]`;
  return parent ? `${parent}.${printable(key)}` : printable(key);
}

/**
 * The paths of every string (and object key) in `value` that holds a control
 * character, e.g. `attendees[2].role`. `root` names a top-level string (a
 * path or query parameter). Iterative: it is safe on any nesting.
 */
export function pathsWithControlCharacters(value: unknown, root: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (CONTROL.test(item)) found.push(path);
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const inArray = Array.isArray(item);
    const children: [unknown, string][] = [];
    for (const [key, child] of Object.entries(item)) {
      const at = childPath(path, key, inArray);
      if (!inArray && CONTROL.test(key)) found.push(at);
      else children.push([child, at]);
    }
    // Reversed onto the stack, so that fields come out in the order they were sent.
    stack.push(...children.reverse());
  }
  return found;
}
