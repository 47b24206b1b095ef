import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { EnumField } from '../common/validation/fields.js';

export const EXPORT_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv';

// JSON first: `*/*`, no Accept at all, or only types we do not make all answer JSON (never 406: JSON is the API).
const BY_MEDIA_TYPE: Record<string, ExportFormat> = { 'application/json': 'json', [XLSX_MEDIA_TYPE]: 'xlsx', [CSV_MEDIA_TYPE]: 'csv' };

/** `?format=` on a list that can be exported; declared on the list's query DTO, so an unknown format is a 400 like any field. */
export function ExportFormatField(
  what = 'json (default): one page. xlsx or csv: the whole filtered list as a file, `limit` and `cursor` ignored.',
): PropertyDecorator {
  return EnumField(EXPORT_FORMATS, {
    optional: true,
    description: `${what} Accept: ${XLSX_MEDIA_TYPE} or ${CSV_MEDIA_TYPE} does the same; ?format wins over Accept.`,
  });
}

/** The format asked for: `?format` (already validated by the query DTO), else the best match of Accept, else JSON. */
export function chosenFormat(format: unknown, accept: string | undefined): ExportFormat {
  if ((EXPORT_FORMATS as readonly unknown[]).includes(format)) return format as ExportFormat;
  if (accept === undefined) return 'json';
  const best = new Negotiator({ headers: { accept } }).mediaType(Object.keys(BY_MEDIA_TYPE));
  return best === undefined ? 'json' : BY_MEDIA_TYPE[best]!;
}

/** Where an answer goes: its format, and the reply a file's headers are set on. */
export interface ExportTarget {
  format: ExportFormat;
  reply: FastifyReply;
}

export const ExportTo = createParamDecorator((_: unknown, context: ExecutionContext): ExportTarget => {
  const http = context.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  return {
    format: chosenFormat((request.query as Record<string, unknown> | undefined)?.format, request.headers.accept),
    reply: http.getResponse<FastifyReply>(),
  };
});
