// Pure shaping of the national indices for the table and chart (no Vue, no Apollo).
import type { NationalIndexKind } from '@/graphql/generated/graphql';

export const NATIONAL_KINDS: readonly NationalIndexKind[] = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI'];

export interface IndexFigure {
  id: string;
  year: number;
  kind: NationalIndexKind;
  unitName?: string | null;
  value: number;
  rank?: number | null;
  rankOf?: number | null;
  published: boolean;
}

export interface OwnAverage {
  year: number;
  averageIndex?: number | null;
}

export interface YearRow<F extends IndexFigure = IndexFigure> {
  year: number;
  figures: Partial<Record<NationalIndexKind, F>>;
  ownAverage: number | null;
  /** null: nothing recorded; otherwise whether every figure of the year is published. */
  published: boolean | null;
  ddciCount: number;
}

/** One row per year that has any figure or an own average, newest first. */
export function yearRows<F extends IndexFigure>(entries: readonly F[], averages: readonly OwnAverage[]): YearRow<F>[] {
  const rows = new Map<number, YearRow<F>>();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, figures: {}, ownAverage: null, published: null, ddciCount: 0 }));
    return r;
  };
  for (const e of entries) {
    const r = row(e.year);
    if (e.kind === 'DDCI') r.ddciCount++;
    else r.figures[e.kind] = e;
    r.published = (r.published ?? true) && e.published;
  }
  for (const a of averages) row(a.year).ownAverage = a.averageIndex ?? null;
  return [...rows.values()].sort((a, b) => b.year - a.year);
}

/** Series over the years (oldest first) for the chart: null where a year has no figure. */
export function chartSeries(rows: readonly YearRow[]): {
  years: number[];
  byKind: Record<NationalIndexKind, (number | null)[]>;
  own: (number | null)[];
} {
  const ordered = [...rows].sort((a, b) => a.year - b.year);
  const byKind = Object.fromEntries(
    (['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'DDCI'] as NationalIndexKind[]).map((k) => [k, ordered.map((r) => r.figures[k]?.value ?? null)]),
  ) as Record<NationalIndexKind, (number | null)[]>;
  return { years: ordered.map((r) => r.year), byKind, own: ordered.map((r) => r.ownAverage) };
}

/** "5/63" or "5" or "—". */
export function rankText(f: { rank?: number | null; rankOf?: number | null } | undefined): string {
  if (!f || f.rank == null) return '—';
  return f.rankOf ? `${f.rank}/${f.rankOf}` : String(f.rank);
}
