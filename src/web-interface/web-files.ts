import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** The compressed versions the build writes beside each file (vite-plugin-compression2 in web/vite.config.ts). */
const COMPRESSED_SUFFIXES = { br: '.br', gzip: '.gz' } as const;

/**
 * Every file under `root`, read once at start-up and kept in memory by URL
 * path (`/assets/index-abc123.js`), with the brotli and gzip versions the build
 * made beside it (`index-abc123.js.br`): compressing at best quality takes
 * seconds of CPU, paid once per build rather than at every start of every instance.
 * A compressed version is one of its file's codings, never a URL of its own.
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
  const bodies = new Map(contents);
  const isCompressedVersion = (urlPath: string) =>
    Object.values(COMPRESSED_SUFFIXES).some((suffix) => urlPath.endsWith(suffix) && bodies.has(urlPath.slice(0, -suffix.length)));
  return new Map(
    contents
      .filter(([urlPath]) => !isCompressedVersion(urlPath))
      .map(([urlPath, body]) => [urlPath, prepare(urlPath, body, (coding) => bodies.get(urlPath + COMPRESSED_SUFFIXES[coding]))] as const),
  );
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

function prepare(urlPath: string, body: Buffer, compressed: (coding: keyof typeof COMPRESSED_SUFFIXES) => Buffer | undefined): WebFile {
  const { type, compressible } = contentTypeOf(urlPath);
  const codings: WebFile['codings'] = { identity: representation(body) };
  if (compressible) {
    for (const coding of ['br', 'gzip'] as const) {
      const version = compressed(coding);
      if (version && version.length < body.length) codings[coding] = representation(version);
    }
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
