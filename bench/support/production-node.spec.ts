import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/package-root.js';
import { productionNodeFlags } from './production-node.js';

describe('How production runs Node.js', () => {
  const root = packageRoot(import.meta.dirname);

  it('caps the young generation at 8 MB per semi-space, in npm start:prod', () => {
    expect(productionNodeFlags(root)).toEqual(['--max-semi-space-size=8']);
  });

  it('runs the image with the same flags as npm run start:prod', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'))![1]!;
    expect(JSON.parse(cmd)).toEqual(['node', ...productionNodeFlags(root), 'dist/src/main.js']);
  });
});
