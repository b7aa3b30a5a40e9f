/**
 * Characters refused in any text a client sends (issue 7, item 10): they are invisible or
 * reorder what an official reads, so a name or file name could look like another ("Sở Nội vụ"
 * with a zero-width space is a different unit to the database and the same to the eye; a bidi
 * override turns "hoso‮fdp.exe" into "hosoexe.pdf").
 *
 * - C0 controls (NUL included) except tab and line breaks in multi-line text, DEL, C1 controls;
 * - bidi marks, embeddings, overrides and isolates (U+061C, U+200E–200F, U+202A–202E, U+2066–2069);
 * - zero-width characters and the BOM (U+200B–200D, U+2060, U+FEFF);
 * - unpaired surrogates (not text at all).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const LINE_BREAKS = /[\t\n\r]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextProblem = 'UNSAFE_CHARACTER' | 'LINE_BREAK' | 'TOO_LONG';

/** What is wrong with a text, or null. `maxLength` counts characters after NFC normalisation. */
export function textProblem(value: string, options: { maxLength: number; singleLine?: boolean }): TextProblem | null {
  if (LONE_SURROGATE.test(value) || UNSAFE.test(value)) return 'UNSAFE_CHARACTER';
  if (options.singleLine && LINE_BREAKS.test(value)) return 'LINE_BREAK';
  if (value.length > options.maxLength) return 'TOO_LONG';
  return null;
}

/** The first refused character as U+XXXX, for the message (it cannot be shown). */
export function firstUnsafeCharacter(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'U+D800–DFFF';
  const found = UNSAFE.exec(value);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

const GRAPHEMES = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Code units looked at per character kept: room for a letter with several combining marks, or an emoji sequence. */
const UNITS_PER_CHARACTER = 32;

/**
 * A client's text as a message may quote it: at most `maxCharacters` characters (graphemes, so an
 * emoji, a surrogate pair or a letter with its combining marks is never cut in two), with "…"
 * when cut. Only the head of the text is segmented: a megabyte costs what 40 characters cost.
 */
export function quotable(value: string, maxCharacters = 40): string {
  const window = value.slice(0, maxCharacters * UNITS_PER_CHARACTER);
  const segments = [...GRAPHEMES.segment(window)].map((s) => s.segment);
  // The window may end inside a character: its last segment counts only when the text ends there too.
  if (window.length < value.length) segments.pop();
  const kept = segments.slice(0, maxCharacters);
  return kept.join('') + (kept.length < segments.length || window.length < value.length ? '…' : '');
}
