/**
 * Characters that show nothing: white space of every kind (U+0085, U+00A0,
 * U+3000…), format and default-ignorable characters (U+200B, U+2060, U+FEFF,
 * the Hangul fillers…), controls, and the blank Braille pattern U+2800, which
 * renders as an empty cell.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zs}\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): "\u202eexe.gnp" reads as "png.exe". */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** True when something a reader can see is left once the invisible characters are taken out. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text.replace(INVISIBLE, ''));
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
