import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey } from '../../../platform/graphql/loader-helpers';
import { SheetAttestationEntity } from './sheet-attestation.entity';
import { AssessorEntryEntity } from './assessor-entry.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { RemediationItemEntity } from './remediation.entity';
import { priorItemsByUnit } from './remediation.service';

/** Per-request batching: a page of sheets reads its attestations in one statement. */
export function createAccountabilityLoaders(db: DataSource) {
  const attestations = db.getRepository(SheetAttestationEntity);
  const assessorEntries = db.getRepository(AssessorEntryEntity);
  return {
    assessorEntriesBySheet: new DataLoader<string, AssessorEntryEntity[]>(async (sheetIds) =>
      manyByKey(await assessorEntries.findBy({ sheetId: In([...sheetIds]) }), (row) => row.sheetId, sheetIds),
    ),
    /** Pending remediation items of units (any year) with their years: two statements per batch. */
    priorRemediation: new DataLoader<string, { items: RemediationItemEntity[]; years: Map<string, AssessmentYearEntity> }>(
      async (unitIds) => {
        const { items, years } = await priorItemsByUnit(db.manager, unitIds);
        return unitIds.map((u) => ({ items: items.filter((i) => i.unitId === u), years }));
      },
    ),
    /** Items of a unit in a year (key `${yearId}|${unitId}`), any status: one statement per batch. */
    itemsByYearUnit: new DataLoader<string, RemediationItemEntity[]>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows = await db.getRepository(RemediationItemEntity).findBy({
        yearId: In([...new Set(pairs.map((p) => p[0]))]),
        unitId: In([...new Set(pairs.map((p) => p[1]))]),
      });
      return pairs.map(([yearId, unitId]) => rows.filter((r) => r.yearId === yearId && r.unitId === unitId));
    }),
    attestationsBySheet: new DataLoader<string, SheetAttestationEntity[]>(async (sheetIds) =>
      manyByKey(await attestations.findBy({ sheetId: In([...sheetIds]) }), (row) => row.sheetId, sheetIds),
    ),
  };
}
