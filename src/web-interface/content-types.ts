import { extname } from 'node:path';

interface ContentType {
  type: string;
  /** Worth a precomputed gzip and brotli version (text); images and fonts are compressed already. */
  compressible: boolean;
}

const TEXT = (type: string): ContentType => ({ type: `${type}; charset=utf-8`, compressible: true });
const BINARY = (type: string, compressible = false): ContentType => ({ type, compressible });

/** What a Vite build holds. Anything else goes out as bytes, never sniffed into something runnable. */
const BY_EXTENSION: Record<string, ContentType> = {
  '.html': TEXT('text/html'),
  '.js': TEXT('text/javascript'),
  '.mjs': TEXT('text/javascript'),
  '.css': TEXT('text/css'),
  '.json': TEXT('application/json'),
  '.map': TEXT('application/json'),
  '.webmanifest': TEXT('application/manifest+json'),
  '.txt': TEXT('text/plain'),
  '.svg': TEXT('image/svg+xml'),
  '.ico': BINARY('image/x-icon', true),
  '.png': BINARY('image/png'),
  '.jpg': BINARY('image/jpeg'),
  '.jpeg': BINARY('image/jpeg'),
  '.gif': BINARY('image/gif'),
  '.webp': BINARY('image/webp'),
  '.avif': BINARY('image/avif'),
  '.woff': BINARY('font/woff'),
  '.woff2': BINARY('font/woff2'),
  '.ttf': BINARY('font/ttf', true),
  '.wasm': BINARY('application/wasm', true),
};

export function contentTypeOf(path: string): ContentType {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? BINARY('application/octet-stream');
}
