import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of the service's package.json, found by walking up from this
 * file: src/config under Jest and tsx, dist/src/config once built, whatever
 * the working directory (a service manager may start the process anywhere).
 */
export function packageRoot(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}
