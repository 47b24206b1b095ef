import type { Template } from './body-template.js';

/** A value as pg put it on the wire: text, NULL, or bytes. */
export type WireValue = string | null | { base64: string };

/** One statement the service sent, as the capture hook wrote it (one JSON line). */
export interface CapturedStatement {
  seq: number;
  text: string;
  /** The service's prepared-statement name; null for TypeORM's unnamed statements. */
  name: string | null;
  values: WireValue[];
  /** What came back (pg's parsed rows, dates as ISO strings); null when it failed or was streamed. */
  rows: Record<string, unknown>[] | null;
  rowCount: number | null;
  error?: string;
}

/** A statement of a recipe: what the service sent, and which of its values change from one request to the next. */
export interface RecipeStatement {
  text: string;
  name: string | null;
  values: WireValue[];
  /** Per value: false when two captured requests sent the same (a constant, replayed as is). */
  varying: boolean[];
  rows: Record<string, unknown>[];
  rowCount: number | null;
}

/** The request the recipe was captured from: what a replay maps from. */
export interface CapturedRequest {
  method: string;
  /** Path and query string. */
  url: string;
  body: unknown;
  ifMatch: string | null;
  /** The access token's subject and session, when the request was signed in. */
  claims: { userId: string; sessionId: string } | null;
}

/**
 * What the floor does for one endpoint: the service's statements for one
 * request (BEGIN and COMMIT included), its status, and the template of its body.
 */
export interface Recipe {
  /** `GET <url>` for a read (one recipe per URL); `POST <path with :id>` for a write (replayed for any id). */
  key: string;
  write: boolean;
  request: CapturedRequest;
  status: number;
  contentType: string;
  statements: RecipeStatement[];
  body: Template;
  /** When the captured request was sent (ms since epoch): timestamps the service generated are shifted from it. */
  capturedAt: number;
}

const UUID_SEGMENT = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$|\?)/gi;

/** The path of a write with its ids as `:id`: any directive's transition is the same recipe. */
export function writeKey(method: string, url: string): string {
  return `${method} ${url.split('?')[0]!.replace(UUID_SEGMENT, '/:id')}`;
}

export function readKey(method: string, url: string): string {
  return `${method} ${url}`;
}

/** The ids in a path, in order. */
export function pathIds(url: string): string[] {
  return [...url.split('?')[0]!.matchAll(UUID_SEGMENT)].map((match) => match[0].slice(1));
}
