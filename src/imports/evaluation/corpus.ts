import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../../config/package-root.js';
import type { ExtractionOptions } from '../extraction/extraction-types.js';
import { parseExpectedDraft, type ExpectedDraft } from './expected-draft.js';

/** The evaluation corpus, relative to the package root (see its README). */
export const CORPUS_FOLDER = 'test/fixtures/imports';

/** Texts written without reading the reader's rules, scored apart and never used to tune them (see its README). */
export const HELD_OUT_FOLDER = 'test/fixtures/imports/held-out';

/** options.today when an expected draft names none: fixed, so that a year-less date reads the same every run. */
export const CORPUS_TODAY = '2024-12-31';

export interface CorpusText {
  name: string;
  text: string;
  expected: ExpectedDraft;
}

/** Every NAME.txt of the folder with its NAME.expected.json, in name order; a text without its expectation is an error. */
export function loadCorpus(folder: string = join(packageRoot(), CORPUS_FOLDER)): CorpusText[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => loadCorpusText(join(folder, file), join(folder, file.replace(/\.txt$/, '.expected.json'))));
}

/** The held-out texts, loaded like the corpus; loadCorpus never reads them (it does not descend into folders). */
export function loadHeldOut(folder: string = join(packageRoot(), HELD_OUT_FOLDER)): CorpusText[] {
  return loadCorpus(folder);
}

export function loadCorpusText(textPath: string, expectedPath: string): CorpusText {
  if (!existsSync(expectedPath)) throw new Error(`${textPath} has no expected draft at ${expectedPath}`);
  const expected = parseExpectedDraft(JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown, expectedPath);
  return { name: basename(textPath, '.txt'), text: readFileSync(textPath, 'utf8'), expected };
}

export function extractionOptionsFor(expected: ExpectedDraft): ExtractionOptions {
  return { publishedOn: expected.publishedOn, today: expected.today ?? CORPUS_TODAY };
}
