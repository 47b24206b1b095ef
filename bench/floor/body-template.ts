/**
 * The service's answer as a template over the rows its statements returned:
 * every string or number of the body that is a value of some row (at any depth
 * of a JSON column) becomes a reference to that statement, row and path, and
 * the rest (computed fields, booleans, nulls) stays as captured. The floor
 * fills the references from the rows of its own execution, so it builds an
 * answer of the same shape and size from the database's answer, and
 * JSON.stringify gives the service's very bytes for the same rows.
 */
export type Template =
  | { kind: 'constant'; value: unknown }
  | { kind: 'ref'; statement: number; row: number; path: (string | number)[]; as: 'same' | 'iso' | 'string' | 'number' }
  | { kind: 'array'; items: Template[] }
  | { kind: 'object'; entries: [string, Template][] };

type Location = { statement: number; row: number; path: (string | number)[]; value: unknown };

function index(results: Record<string, unknown>[][]): Map<string, Location> {
  const found = new Map<string, Location>();
  const visit = (value: unknown, at: Omit<Location, 'value'>) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, { ...at, path: [...at.path, i] }));
    else if (value instanceof Date) found.set(value.toISOString(), { ...at, value });
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, { ...at, path: [...at.path, key] });
    } else if ((typeof value === 'string' && value !== '') || typeof value === 'number') found.set(String(value), { ...at, value });
  };
  // The last statements win: a write answers what it read back.
  results.forEach((rows, statement) => rows.forEach((row, r) => visit(row, { statement, row: r, path: [] })));
  return found;
}

/** The template of `body`, an answer built from `results` (the rows of each statement, as pg parsed them). */
export function templateOf(body: unknown, results: Record<string, unknown>[][]): Template {
  const found = index(results);
  const build = (value: unknown): Template => {
    if (Array.isArray(value)) return { kind: 'array', items: value.map(build) };
    if (value !== null && typeof value === 'object') {
      return { kind: 'object', entries: Object.entries(value).map(([key, item]) => [key, build(item)]) };
    }
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') {
      const at = found.get(String(value));
      if (at) {
        const as =
          at.value instanceof Date ? 'iso' : typeof at.value === typeof value ? 'same' : typeof value === 'number' ? 'number' : 'string';
        return { kind: 'ref', statement: at.statement, row: at.row, path: at.path, as };
      }
    }
    return { kind: 'constant', value };
  };
  return build(body);
}

/** The answer for this execution's rows. */
export function render(template: Template, results: Record<string, unknown>[][]): unknown {
  switch (template.kind) {
    case 'constant':
      return template.value;
    case 'array':
      return template.items.map((item) => render(item, results));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of template.entries) out[key] = render(item, results);
      return out;
    }
    case 'ref': {
      let value: unknown = results[template.statement]?.[template.row];
      for (const step of template.path) value = (value as Record<string | number, unknown> | undefined)?.[step];
      if (value === undefined || value === null) return null;
      if (template.as === 'iso') return value instanceof Date ? value.toISOString() : value;
      if (template.as === 'number') return Number(value);
      if (template.as === 'string') return String(value);
      return value;
    }
  }
}
