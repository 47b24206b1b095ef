import { escapeText, foldLine } from './text.js';

/** A property's parameters, e.g. `{ TZID: 'Asia/Ho_Chi_Minh' }` or `{ VALUE: 'DATE' }`. */
export type Parameters = Record<string, string>;

/**
 * Collects the content lines of a calendar: each property written once, in
 * the form its value type needs (`text` escapes, `raw` does not: dates,
 * numbers, URIs and enumerations have no characters to escape).
 */
export class ContentLines {
  private readonly lines: string[] = [];

  begin(component: string): this {
    return this.raw('BEGIN', component);
  }

  end(component: string): this {
    return this.raw('END', component);
  }

  text(name: string, value: string | null | undefined, parameters: Parameters = {}): this {
    if (value === null || value === undefined || value === '') return this;
    return this.raw(name, escapeText(value), parameters);
  }

  raw(name: string, value: string | number | null | undefined, parameters: Parameters = {}): this {
    if (value === null || value === undefined) return this;
    const params = Object.entries(parameters)
      .map(([key, param]) => `;${key}=${quoteParameter(param)}`)
      .join('');
    this.lines.push(foldLine(`${name}${params}:${value}`));
    return this;
  }

  /** The calendar as sent: every line, the last one too, ended by CRLF. */
  toString(): string {
    return this.lines.map((line) => `${line}\r\n`).join('');
  }
}

/** Parameter values with `:`, `;` or `,` are quoted (§3.2); a double quote cannot appear in one at all. */
function quoteParameter(value: string): string {
  const clean = value.replaceAll('"', "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
