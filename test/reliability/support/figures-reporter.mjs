import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const FIGURES_FILE_ENV = 'RELIABILITY_FIGURES_FILE';

/**
 * Jest reporter of `npm run test:reliability`: gives the workers one file to
 * append their figures to (figures.ts), and at the end prints them as one
 * table and writes them to test-results/reliability.json (figures of the last
 * run, never committed).
 */
export default class FiguresReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.file = join(tmpdir(), `chidao-reliability-figures-${process.pid}.jsonl`);
    rmSync(this.file, { force: true });
    // Workers inherit the environment of the process that starts them, which is this one.
    process.env[FIGURES_FILE_ENV] = this.file;
  }

  onRunComplete(_contexts, results) {
    const figures = existsSync(this.file)
      ? readFileSync(this.file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
    rmSync(this.file, { force: true });
    const rows = [['trial', 'figure', 'value', 'required'], ...figures.map((f) => [f.trial, f.name, String(f.value), f.expected])];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
    const table = [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
    const verdict = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    console.log(`\nReliability figures (${new Date().toISOString()}, ${verdict}):\n\n${table}\n`);
    const out = join(this.rootDir, 'test-results', 'reliability.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), verdict, figures }, null, 2));
  }
}
