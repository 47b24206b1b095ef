import type { ExtractedSpeech } from '../extraction/extraction-types.js';
import type { ExpectedSpeech } from './expected-draft.js';
import { containsWords, foldText } from './folded-text.js';

/** Expected speeches whose text the corpus checks, and how many of them the reader got right. */
export interface SpeechTextTally {
  right: number;
  checked: number;
}

/**
 * What is wrong with a speech's text, one line per phrase, or nothing: a phrase of
 * `mustContain` it lacks, a phrase of `mustNotContain` it holds (folded, whole words).
 * Counting speakers and kinds cannot see a caption's speaker credited with the
 * journalist's narration; this can.
 */
export function speechTextProblems(expected: ExpectedSpeech, found: ExtractedSpeech): string[] {
  const text = foldText(found.text);
  return [
    ...expected.mustContain.filter((phrase) => !containsWords(text, foldText(phrase))).map((phrase) => `lacks «${phrase}»`),
    ...expected.mustNotContain.filter((phrase) => containsWords(text, foldText(phrase))).map((phrase) => `holds «${phrase}»`),
  ];
}

/** Checks the text of every expected speech that names phrases; one missed by the sequence counts as wrong. */
export function scoreSpeechTexts(
  found: ExtractedSpeech[],
  expected: ExpectedSpeech[],
  pairs: Map<number, number>,
  notes: string[],
): SpeechTextTally {
  let right = 0;
  let checked = 0;
  expected.forEach((e, i) => {
    if (e.mustContain.length === 0 && e.mustNotContain.length === 0) return;
    checked++;
    const j = pairs.get(i);
    if (j === undefined) return;
    const problems = speechTextProblems(e, found[j]);
    if (problems.length === 0) right++;
    else notes.push(`text of ${e.speaker[0]}'s speech ${problems.join(', ')}`);
  });
  return { right, checked };
}
