import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slices } from './file-chunks.js';

/**
 * An upload on its way to the database, kept in a private temporary file
 * while the client sends it. A client on a slow line may take minutes to send
 * 20 MiB; holding a database connection (the embedded database has only one)
 * for all that time would stall everyone else. The file is written to the
 * database in one short transaction once it has fully arrived, and is never
 * whole in memory. Size and SHA-256 are computed as it arrives.
 */
export class UploadSpool {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private open = true;

  private constructor(
    private readonly dir: string,
    private readonly file: FileHandle,
  ) {}

  static async create(): Promise<UploadSpool> {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-upload-'));
    return new UploadSpool(dir, await open(join(dir, 'file'), 'wx', 0o600));
  }

  async write(chunk: Buffer): Promise<void> {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    await this.file.write(chunk);
  }

  /** Ends the writing: what arrived, and its digest. */
  async finish(): Promise<{ size: number; sha256: string }> {
    await this.close();
    return { size: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** What arrived, read back in slices of exactly `size` bytes (the last one shorter). */
  read(size: number): AsyncGenerator<Buffer> {
    const stream = createReadStream(join(this.dir, 'file'), { highWaterMark: size });
    return slices(stream, size, Number.POSITIVE_INFINITY, () => new Error('unreachable: no limit on reading back'));
  }

  /** Removes the temporary file, whatever happened. */
  async remove(): Promise<void> {
    await this.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.file.close();
  }
}
