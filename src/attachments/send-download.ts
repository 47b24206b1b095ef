import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Download } from './attachment-queries.service.js';

/** Puts a download on the reply: the headers, then the stream (or 304 with only the ETag). */
export function sendDownload(reply: FastifyReply, download: Download): StreamableFile | undefined {
  // Authorised content: a shared cache must not keep it, and a browser must ask again (a cheap 304).
  void reply.header('etag', download.etag).header('cache-control', 'private, no-cache');
  if (download.kind === 'not_modified') {
    void reply.status(304);
    return undefined;
  }
  void reply.header('content-disposition', download.contentDisposition);
  return new StreamableFile(download.body, { type: download.mediaType, length: download.size });
}
