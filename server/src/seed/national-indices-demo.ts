/**
 * Demo figures for the province's national indices (Quảng Ninh, 2021–2024) and the DDCI of its
 * departments and districts (2024) and departments (2025). Plausible, NOT official: every row's
 * source says "Số liệu minh họa". 2021–2024 are published; the 2025 DDCI is a draft the
 * administrator can feed into the departments' survey leaf 9.4 ("Đánh giá của doanh nghiệp về
 * sở, ngành (DDCI)") while 2025 is under appraisal.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { NationalIndexKind } from '../domain/analysis/national-indices';
import type { Logger } from '../platform/logging/logger';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { NationalIndexEntity } from '../subgraphs/scoring/national-index/national-index.entity';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import type { OrgDemo } from './org-demo';

export const DEMO_SOURCE = 'Số liệu minh họa (demo), không phải số liệu chính thức';

/** [value, national rank] per year and index; ranked out of 63 provinces in these years. */
const PROVINCE_FIGURES: Record<number, Partial<Record<NationalIndexKind, [number, number]>>> = {
  2021: { PAR_INDEX: [9180, 2], SIPAS: [8710, 10], PAPI: [4490, 8], PCI: [7302, 1] },
  2022: { PAR_INDEX: [9092, 1], SIPAS: [8340, 20], PAPI: [4380, 12], PCI: [7295, 1] },
  2023: { PAR_INDEX: [9271, 1], SIPAS: [8450, 15], PAPI: [4520, 5], PCI: [7163, 3] },
  2024: { PAR_INDEX: [9162, 1], SIPAS: [8590, 9], PAPI: [4560, 4], PCI: [7230, 2] },
};

/** A stable, plausible DDCI (70.00–91.99) per unit code, so every start seeds the same figures. */
function ddciValue(code: string, year: number): number {
  let h = year;
  for (const c of code) h = (h * 31 + c.charCodeAt(0)) % 100_003;
  return 7000 + (h % 2200);
}

/** Seeds once per province: skipped when the province has any national index already. */
export async function ensureNationalIndicesDemo(db: DataSource, org: OrgDemo, log: Logger): Promise<boolean> {
  const repo = db.getRepository(NationalIndexEntity);
  if ((await repo.countBy({ provinceUnitId: org.provinceId })) > 0) return false;
  const now = new Date();
  const rows: NationalIndexEntity[] = [];
  const base = { provinceUnitId: org.provinceId, source: DEMO_SOURCE, updatedBy: 'demo', updatedAt: now };
  for (const [year, figures] of Object.entries(PROVINCE_FIGURES))
    for (const [kind, [value, rank]] of Object.entries(figures) as [NationalIndexKind, [number, number]][])
      rows.push(
        repo.create({
          ...base,
          id: randomUUID(),
          year: Number(year),
          kind,
          unitId: org.provinceId,
          unitCode: null,
          unitName: null,
          value,
          rank,
          rankOf: 63,
          published: true,
        }),
      );
  const years = await db.getRepository(AssessmentYearEntity).findBy({ provinceUnitId: org.provinceId });
  for (const [calendarYear, kinds, published] of [
    [2024, ['DEPARTMENT', 'DISTRICT'], true],
    [2025, ['DEPARTMENT'], false],
  ] as const) {
    const year = years.find((y) => y.year === calendarYear);
    if (!year) continue;
    const units = (await db.getRepository(RosterEntryEntity).findBy({ yearId: year.id })).filter((u) =>
      (kinds as readonly string[]).includes(u.unitKind),
    );
    const ranked = units.map((u) => ({ u, value: ddciValue(u.unitCode, calendarYear) })).sort((a, b) => b.value - a.value);
    ranked.forEach(({ u, value }) =>
      rows.push(
        repo.create({
          ...base,
          id: randomUUID(),
          year: calendarYear,
          kind: 'DDCI',
          unitId: u.unitId,
          unitCode: u.unitCode,
          unitName: u.unitName,
          value,
          // Ties share a rank, as the index's own ranking does.
          rank: ranked.findIndex((r) => r.value === value) + 1,
          rankOf: ranked.length,
          published,
        }),
      ),
    );
  }
  for (let i = 0; i < rows.length; i += 200) await repo.insert(rows.slice(i, i + 200));
  log.info({ rows: rows.length }, 'national indices demo seeded');
  return true;
}
