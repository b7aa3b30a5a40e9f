/**
 * Classification bands as the admin edits them, checked with the server's own rules
 * (@domain/scoring/ranking: best first, strictly decreasing thresholds, the last one at 0).
 */
import { parseScaled } from '@domain/scoring/hundredths';
import {
  classify,
  DEFAULT_BANDS,
  DEFAULT_HEAD_RATINGS,
  validateBands,
  type BandIssue,
  type ClassificationBand,
} from '@domain/scoring/ranking';

export interface BandDraft {
  code: string;
  labelVi: string;
  labelEn: string;
  /** Threshold as typed ("90", "92,5"). */
  minIndex: string;
  color: string;
}

export interface HeadRatingDraft {
  bandCode: string;
  code: string;
  labelVi: string;
  labelEn: string;
}

export const STANDARD_HEAD_RATINGS = ['EXCELLENT_COMPLETION', 'GOOD_COMPLETION', 'COMPLETION', 'NON_COMPLETION'] as const;

/** "92,5" → 9250 (hundredths of a percent); null when not a number in 0..100 with ≤ 2 decimals. */
export function parsePercent(text: string | number): number | null {
  const p = parseScaled(typeof text === 'number' ? text : text.trim(), 2);
  return p.ok && p.value >= 0 && p.value <= 10000 ? p.value : null;
}

export function percentText(hundredths: number, locale: 'vi' | 'en' = 'vi'): string {
  const s = String(hundredths / 100);
  return locale === 'vi' ? s.replace('.', ',') : s;
}

export function bandsFromServer(
  bands: readonly { code: string; labelVi: string; labelEn: string; minIndex: number; color: string }[],
  locale: 'vi' | 'en' = 'vi',
): BandDraft[] {
  return bands.map((b) => ({ ...b, minIndex: percentText(Math.round(b.minIndex * 100), locale) }));
}

export function defaultBands(locale: 'vi' | 'en' = 'vi'): BandDraft[] {
  return DEFAULT_BANDS.map((b) => ({
    code: b.code,
    labelVi: b.labelVi,
    labelEn: b.labelEn,
    minIndex: percentText(b.minIndex, locale),
    color: b.color,
  }));
}

export function defaultHeadRatings(bands: readonly BandDraft[]): HeadRatingDraft[] {
  return bands.map((b) => {
    const r = DEFAULT_HEAD_RATINGS[b.code] ?? DEFAULT_HEAD_RATINGS.WEAK!;
    return { bandCode: b.code, code: r.code, labelVi: r.labelVi, labelEn: r.labelEn };
  });
}

export function toDomainBands(bands: readonly BandDraft[]): ClassificationBand[] {
  return bands.map((b) => ({
    code: b.code.trim(),
    labelVi: b.labelVi,
    labelEn: b.labelEn,
    minIndex: parsePercent(b.minIndex) ?? Number.NaN,
    color: b.color,
  }));
}

/** Issues per band (by row index) and for the whole list, in both languages. */
export function checkBands(bands: readonly BandDraft[]): { issues: BandIssue[]; badRows: Set<number> } {
  const issues = validateBands(toDomainBands(bands));
  const badRows = new Set<number>();
  bands.forEach((b, i) => {
    if (parsePercent(b.minIndex) === null) badRows.add(i);
  });
  for (const issue of issues) {
    if (issue.bandCode === null) continue;
    const i = bands.findIndex((b) => b.code.trim() === issue.bandCode);
    if (i >= 0) badRows.add(i);
  }
  return { issues, badRows };
}

/** The band an index (as typed) falls in, or null. */
export function bandOf(bands: readonly BandDraft[], indexText: string): BandDraft | null {
  const idx = parsePercent(indexText);
  if (idx === null) return null;
  const hit = classify(
    idx,
    toDomainBands(bands).filter((b) => Number.isSafeInteger(b.minIndex)),
  );
  return hit ? (bands.find((b) => b.code.trim() === hit.code) ?? null) : null;
}

/** Upper bound (exclusive) of each band = the threshold of the band above it; null for the top one. */
export function bandUpperBounds(bands: readonly BandDraft[]): (number | null)[] {
  return bands.map((_, i) => (i === 0 ? null : parsePercent(bands[i - 1]!.minIndex)));
}

/** Black or white text on a band colour, whichever contrasts more (WCAG relative luminance). */
export function textOn(color: string): '#000000' | '#ffffff' {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return '#000000';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
