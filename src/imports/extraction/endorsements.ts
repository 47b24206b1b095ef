import type { ExtractedDirective } from './extraction-types.js';
import { fold } from './fold.js';

/**
 * A closing speech that endorses a task an earlier speaker set ("Đồng chí Bí thư
 * cũng đồng thuận với ý kiến cần tập trung kiểm hóa một khu vực", after "cần tập
 * trung hoạt động kiểm hóa tại Cửa khẩu Kim Thành vào một khu") decides that task;
 * the tracker should hold it once. The endorsing directive is kept (it is the
 * decision), the earlier one dropped, and what only the earlier one named (lead,
 * partners, deadline) passes to the one kept.
 *
 * Same task: at least half of the endorsing title's content words (folded, without
 * function words), and at least three, are in the earlier title.
 */
export const ENDORSEMENT = /(?<![\p{L}])(?:đồng\s+thuận|nhất\s+trí|thống\s+nhất|đồng\s+ý)\s+với(?![\p{L}])/iu;

const FUNCTION_WORDS = new Set(
  'cac cua va mot tai ve trong cho voi de nhung la vao o den tu theo nay do duoc can phai hon nua khi thi ma nhu cung da se dang'.split(
    ' ',
  ),
);
const MIN_SHARED = 3;

function contentWords(title: string): Set<string> {
  return new Set(
    fold(title)
      .split(' ')
      .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w)),
  );
}

function sameTask(endorsing: Set<string>, earlier: Set<string>): boolean {
  let shared = 0;
  for (const word of endorsing) if (earlier.has(word)) shared++;
  return shared >= MIN_SHARED && shared * 2 >= endorsing.size;
}

/** The directives without those a later endorsement restates; `endorsing[i]` says whether directive i endorses. */
export function dropEndorsed(directives: ExtractedDirective[], endorsing: boolean[]): ExtractedDirective[] {
  const dropped = new Set<number>();
  const words = directives.map((d) => contentWords(d.title));
  directives.forEach((directive, i) => {
    if (!endorsing[i]) return;
    for (let j = 0; j < i; j++) {
      const earlier = directives[j];
      if (dropped.has(j) || (earlier.sourceSpeechIndex !== null && earlier.sourceSpeechIndex === directive.sourceSpeechIndex)) continue;
      if (!sameTask(words[i], words[j])) continue;
      dropped.add(j);
      directives[i] = {
        ...directives[i],
        lead: directives[i].lead ?? earlier.lead,
        cooperating: directives[i].cooperating.length > 0 ? directives[i].cooperating : earlier.cooperating,
        ...(directives[i].dueDate === null && earlier.dueDate !== null
          ? { dueDate: earlier.dueDate, dueText: earlier.dueText, dueSpan: earlier.dueSpan }
          : {}),
      };
    }
  });
  return directives.filter((_, i) => !dropped.has(i));
}
