import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractMeetingDraft } from '../src/imports/extraction/extract-meeting.js';

// Figures, not assertions: how long the rule-based reader takes on large or hostile input — 2 MB of
// random bytes read as Latin-1 and as UTF-8, the same text in decomposed (NFD) form, which makes every
// accented letter a cluster to normalize and map back, and the corpus's Lào Cai article repeated to 2 MB.
// Each figure is the best and the median of seven runs.
const RUNS = 7;
const options = { publishedOn: '2024-03-12', today: '2024-12-31' };

function measure(name: string, text: string): void {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    extractMeetingDraft(text, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const size = (Buffer.byteLength(text, 'utf8') / 1_000_000).toFixed(1);
  console.log(
    `${name.padEnd(40)} ${size.padStart(5)} MB   best ${times[0].toFixed(0).padStart(5)} ms   median ${times[RUNS >> 1].toFixed(0).padStart(5)} ms`,
  );
}

const article = readFileSync('test/fixtures/imports/news-laocai-khu-cong-nghiep.txt', 'utf8');
const bytes = randomBytes(2_000_000);
const repeated = article.repeat(Math.ceil(2_000_000 / Buffer.byteLength(article, 'utf8')));

measure('Lào Cai article, once', article);
measure('random bytes as Latin-1', bytes.toString('latin1'));
measure('random bytes as UTF-8', bytes.toString('utf8'));
// The article's tail (byline, related news) ends the record after its first copy: the rest is skipped.
measure('Lào Cai article repeated', repeated);
measure('Lào Cai article repeated, NFD, CRLF', repeated.normalize('NFD').replace(/\n/g, '\r\n'));
// One 500,000-character line of dates (the import limit): each date looks back for its line's start, within 300 characters.
measure('dates on one long line', ('thời gian: Sáng 1/1/2024 họp ' + 'x '.repeat(115)).repeat(1900).slice(0, 500_000));
