import { BackupError, manifestPathOf, readManifest } from './backup-manifest.js';

/** The head audit:verify must find: `--anchor <seq>:<hash>`, or the one a backup recorded (`--backup <manifest>`). */
export function readAnchor(argv: string[]): { seq: string; hash: string } | undefined {
  const value = (flag: string): string | undefined => (argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? '') : undefined);
  const anchor = value('--anchor');
  const backup = value('--backup');
  try {
    if (anchor !== undefined && backup !== undefined) throw new BackupError('give --anchor or --backup, not both');
    if (backup !== undefined) {
      const head = readManifest(manifestPathOf(backup)).audit.head;
      if (!head) throw new BackupError(`${backup} recorded an empty audit chain: there is no head to check`);
      return head;
    }
    if (anchor === undefined) return undefined;
    const match = /^(\d+):([0-9a-f]{64})$/.exec(anchor);
    if (!match) throw new BackupError('--anchor takes <seq>:<hash>, as printed by an earlier audit:verify');
    return { seq: match[1]!, hash: match[2]! };
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`audit:verify: ${error.message}`);
    process.exit(2);
  }
}
