import { Validator } from 'jsonschema';

type Json = Record<string, unknown>;

interface OpenApiResponses {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> }>>;
  components?: { schemas?: Record<string, Json> };
}

// An absolute URL (jsonschema cannot resolve references against a URN); never fetched.
const ROOT = 'https://chi-dao.invalid/openapi.json';

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable: true` becomes a `null` type (or
 * an `anyOf` with null around a reference), and references point into the
 * document's components registered under ROOT.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Json;
  const converted: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted.$ref = value.startsWith('#') ? `${ROOT}${value}` : value;
    // `properties` maps names to schemas; a property named like a keyword is still a schema, never a keyword.
    else if (key === 'properties' && value && typeof value === 'object')
      converted.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    else converted[key] = toJsonSchema(value);
  }
  if (nullable !== true) return converted;
  // @nestjs/swagger writes a nullable reference as `{ nullable, type: 'object', allOf: [{ $ref }] }`: null or the reference.
  if (converted.$ref || converted.allOf || converted.anyOf || converted.oneOf) return { anyOf: [converted, { type: 'null' }] };
  if (typeof converted.type === 'string') {
    const withNull: Json = { ...converted, type: [converted.type, 'null'] };
    if (Array.isArray(converted.enum)) withNull.enum = [...converted.enum, null];
    return withNull;
  }
  return { anyOf: [converted, { type: 'null' }] };
}

export type SchemaVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks a successful answer against what the OpenAPI document promises for
 * that operation and status: a documented status, and for a JSON body, the
 * response schema (jsonschema, formats included). Bodies of other media types
 * (CSV, iCalendar, DOCX) need only be a media type the document lists.
 */
export function responseChecker(document: OpenApiResponses) {
  const validator = new Validator();
  // Registered whole, so that `#/components/schemas/…` references resolve inside it.
  validator.addSchema(
    { components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } } as Parameters<Validator['addSchema']>[0],
    ROOT,
  );
  const compiled = new Map<string, Json | undefined>();

  return (method: string, path: string, status: number, contentType: string, body: string): SchemaVerdict => {
    const responses = document.paths[path]?.[method.toLowerCase()]?.responses ?? {};
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!response) return { ok: false, reason: `status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})` };
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const documented = response.content ?? {};
    if (body.length === 0) {
      return Object.keys(documented).length === 0 || status === 204
        ? { ok: true }
        : { ok: false, reason: 'empty body, but the document describes one' };
    }
    if (!mediaType.endsWith('json')) {
      return mediaType in documented
        ? { ok: true }
        : { ok: false, reason: `media type ${mediaType} is not documented (${Object.keys(documented).join(', ')})` };
    }
    const schema = documented[mediaType]?.schema ?? documented['application/json']?.schema;
    if (!schema) return { ok: false, reason: `a ${mediaType} body, but the document describes none for ${status}` };
    const key = `${method} ${path} ${status} ${mediaType}`;
    if (!compiled.has(key)) compiled.set(key, toJsonSchema(schema) as Json);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'a JSON media type, but the body is not JSON' };
    }
    const result = validator.validate(parsed, compiled.get(key)!, { nestedErrors: true });
    if (result.valid) return { ok: true };
    return {
      ok: false,
      reason: result.errors
        .slice(0, 3)
        .map((e) => `${e.property} ${e.message}`)
        .join('; '),
    };
  };
}
