import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './content-coding.js';
import { contentTypeOf } from './content-types.js';

export interface Representation {
  body: Buffer;
  /** Strong: the SHA-256 of these very bytes, so each coding has its own. */
  etag: string;
}

export interface WebFile {
  contentType: string;
  cacheControl: string;
  /** identity always; br and gzip when the type compresses and they come out smaller. */
  codings: { identity: Representation } & Partial<Record<Exclude<ContentCoding, 'identity'>, Representation>>;
}

/** Vite's hashed output: a new build gives new names, so a browser may keep these forever. */
const IMMUTABLE_PREFIX = '/assets/';

/** A built interface is a few MB; far more means WEB_ROOT points somewhere else. */
const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Every file under `root`, read once at start-up and kept in memory by URL
 * path (`/assets/index-abc123.js`), with its compressed versions made once
 * (brotli at its best quality: the cost is paid at start-up, never per request).
 * Serving only from this map is what keeps requests inside WEB_ROOT: no path
 * a client sends is ever joined to the file system. Dotfiles and anything but
 * regular files and folders (symbolic links) are left out. A missing root is
 * an empty interface.
 */
export async function loadWebFiles(root: string): Promise<Map<string, WebFile>> {
  const found: [string, string][] = [];
  await collect(root, '', found);
  const contents: [string, Buffer][] = [];
  let total = 0;
  for (const [urlPath, filePath] of found) {
    const body = await readFile(filePath);
    total += body.length;
    if (total > MAX_TOTAL_BYTES) {
      throw new Error(
        `WEB_ROOT (${root}) holds more than ${MAX_TOTAL_BYTES / 1024 / 1024} MiB: it should be the built interface (dist/web).`,
      );
    }
    contents.push([urlPath, body]);
  }
  // Compressed side by side on libuv's thread pool.
  return new Map(await Promise.all(contents.map(async ([urlPath, body]) => [urlPath, await prepare(urlPath, body)] as const)));
}

async function collect(dir: string, urlPath: string, found: [string, string][]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await collect(path, `${urlPath}/${entry.name}`, found);
    else if (entry.isFile()) found.push([`${urlPath}/${entry.name}`, path]);
  }
}

async function prepare(urlPath: string, body: Buffer): Promise<WebFile> {
  const { type, compressible } = contentTypeOf(urlPath);
  const codings: WebFile['codings'] = { identity: representation(body) };
  if (compressible) {
    const [br, gzipped] = await Promise.all([
      brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < body.length) codings.br = representation(br);
    if (gzipped.length < body.length) codings.gzip = representation(gzipped);
  }
  return {
    contentType: type,
    cacheControl: urlPath.startsWith(IMMUTABLE_PREFIX) ? 'public, max-age=31536000, immutable' : 'no-cache',
    codings,
  };
}

function representation(body: Buffer): Representation {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}
