/**
 * Vietnamese text helpers for org units: search folding, collation and the subtype prefix of a
 * unit's full name ("Phường Ba Đình" → subtype 'phường', name 'Ba Đình').
 *
 * Pure functions, no I/O.
 */

/** Subtypes of territorial units (tỉnh/thành phố, huyện/quận/thị xã/thành phố, xã/phường/thị trấn/đặc khu). */
export type TerritorialSubtype = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

/** Subtypes of province-level agencies (departments and boards). */
export type DepartmentSubtype = 'sở' | 'ban' | 'thanh tra' | 'văn phòng';

/** The Vietnamese subtype kept as data next to a unit's kind (shown in names, groups rankings). */
export type OrgSubtype = TerritorialSubtype | DepartmentSubtype;

export const TERRITORIAL_SUBTYPES: readonly TerritorialSubtype[] = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
];

/**
 * Fold a string for search columns and loose comparison: NFC/NFD-agnostic, lowercase, accents
 * removed, đ→d, typographic apostrophes and dashes unified, whitespace collapsed.
 * "  Phường  BA ĐÌNH " and "phuong ba dinh" fold to the same key. Folding is lossy on purpose
 * (it also merges "Hoà"/"Hòa" tone-placement variants found in the data).
 */
export function foldVietnamese(s: string): string {
  return (
    s
      .normalize('NFD')
      // Combining diacritics (tones and vowel marks) live in U+0300–U+036F after NFD.
      .replace(/[\u0300-\u036f]/g, '')
      // đ/Đ are base letters, not combining marks, so NFD leaves them alone.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      // The data mixes ’ and ' in names like "M’Drắk"; dashes vary in "Bà Rịa - Vũng Tàu".
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/\s*[\u2010-\u2015-]\s*/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Collator for display order of Vietnamese names (ties in rankings, unit lists). Shared instance:
 * constructing Intl.Collator is comparatively expensive.
 */
export const vietnameseCollator: Intl.Collator = new Intl.Collator('vi');

/**
 * A key that keeps accents but normalises the two tone-placement conventions seen in the data
 * ("Hoà"/"Hòa", "Thuỵ"/"Thụy"), so two names that differ only in that respect compare equal while
 * "An" and "Ân" stay different. Used to disambiguate when folding alone finds several candidates.
 */
export function accentKey(s: string): string {
  const nfc = s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  // Old style puts the tone on the second vowel of oa/oe/uy ("hoà"); new style on the first ("hòa").
  return nfc
    .normalize('NFD')
    .replace(/([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .normalize('NFC');
}

interface PrefixRule {
  /** Lowercase NFC words as they appear at the start of a full name. */
  readonly words: string;
  readonly subtype: TerritorialSubtype;
  /** Canonical capitalisation used when rewriting the prefix for display. */
  readonly display: string;
}

// Longest first so "thành phố"/"thị xã"/"thị trấn" win over shorter look-alikes.
const PREFIX_RULES: readonly PrefixRule[] = [
  { words: 'thành phố', subtype: 'thành phố', display: 'Thành phố' },
  { words: 'thị trấn', subtype: 'thị trấn', display: 'Thị trấn' },
  { words: 'thị xã', subtype: 'thị xã', display: 'Thị xã' },
  { words: 'đặc khu', subtype: 'đặc khu', display: 'Đặc khu' },
  // The mergers file calls Hà Nội "Thủ Đô Hà Nội"; legally it is a thành phố trực thuộc trung ương.
  { words: 'thủ đô', subtype: 'thành phố', display: 'Thủ đô' },
  { words: 'phường', subtype: 'phường', display: 'Phường' },
  { words: 'huyện', subtype: 'huyện', display: 'Huyện' },
  { words: 'quận', subtype: 'quận', display: 'Quận' },
  { words: 'tỉnh', subtype: 'tỉnh', display: 'Tỉnh' },
  { words: 'xã', subtype: 'xã', display: 'Xã' },
];

export interface SubtypeAndName {
  /** null when the full name carries no known prefix (e.g. "Krông Na", "TPHCM"). */
  readonly subtype: TerritorialSubtype | null;
  /** The bare name without the prefix, NFC, whitespace collapsed. */
  readonly name: string;
  /** The prefix exactly as written (e.g. "Thành Phố"), '' when none. */
  readonly prefix: string;
}

function matchPrefix(fullName: string): { rule: PrefixRule; length: number } | null {
  const nfc = fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = nfc.toLowerCase();
  for (const rule of PREFIX_RULES) {
    if (lower.startsWith(rule.words + ' ') && lower.length > rule.words.length + 1) {
      return { rule, length: rule.words.length };
    }
  }
  return null;
}

/**
 * Split a full unit name into its Vietnamese subtype and bare name, case-insensitively
 * ("Thành Phố Cần Thơ", "xã Bắc Sơn" occur in the data).
 */
export function subtypeFromName(fullName: string): SubtypeAndName {
  const nfc = fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = matchPrefix(nfc);
  if (!m) return { subtype: null, name: nfc, prefix: '' };
  return { subtype: m.rule.subtype, name: nfc.slice(m.length + 1), prefix: nfc.slice(0, m.length) };
}

/**
 * The full name with the prefix in canonical capitalisation ("Thành Phố Cần Thơ" → "Thành phố Cần
 * Thơ", "xã Bắc Sơn" → "Xã Bắc Sơn"); the bare name is left exactly as in the source.
 * We keep the full name as the unit's name because that is what officials show.
 */
export function canonicalFullName(fullName: string): string {
  const nfc = fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = matchPrefix(nfc);
  if (!m) return nfc;
  return `${m.rule.display} ${nfc.slice(m.length + 1)}`;
}

/** Folded "subtype name" key used to match a unit named in free text against the unit lists. */
export function fullNameKey(subtype: TerritorialSubtype | null, name: string): string {
  return foldVietnamese(subtype ? `${subtype} ${name}` : name);
}
