import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/package-root.js';

/**
 * The command-line flags Node.js runs the service with in production: those of `npm run start:prod`, which the
 * Dockerfile's CMD repeats (production-node.spec.ts holds them to it). Benches start the service with them, so that
 * what they measure, memory above all, is what an operator runs.
 */
export function productionNodeFlags(root: string = packageRoot(import.meta.dirname)): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /^node((?: --[a-z-]+(?:=\S+)?)*) dist\/src\/main\.js$/.exec(scripts['start:prod'] ?? '');
  if (!match) throw new Error(`package.json start:prod is not "node [--flag…] dist/src/main.js": ${scripts['start:prod']}`);
  return match[1]!.split(' ').filter(Boolean);
}
