/**
 * What an error answer must never show a client, each with the reason it
 * would matter: an attacker maps the code and the schema from such details.
 */
const LEAKS: [name: string, pattern: RegExp][] = [
  ['stack trace', /\bat (async )?[\w$.<>]+ \(|\n\s+at \S+:\d+:\d+/],
  [
    'SQL text',
    /\b(SELECT\s[\s\S]*\sFROM|INSERT INTO|UPDATE\s+"?\w+"?\s+SET|DELETE FROM)\b|syntax error at or near|violates (unique|foreign key|check|not-null) constraint/i,
  ],
  ['file path', /\/work\/|node_modules|\.ts:\d+|\.js:\d+|file:\/\//],
  ['internal name', /\b(ix|fk|uq|pk|chk)_[a-z0-9_]+\b|QueryFailedError|TypeORM|EntityNotFound|EntityMetadata|relation "\w+"|column "\w+"/],
];

/** The kinds of internal detail an answer shows, none for a clean one. */
export function leaksIn(body: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}
