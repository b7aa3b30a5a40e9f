import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { findEntities } from '../../../platform/database/raw-rows';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { manyByKey, oneByKey } from '../../../platform/graphql/loader-helpers';

function byId<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) =>
    oneByKey(await findEntities(db, entity, { id: [...ids] } as never), (row) => row.id, ids),
  );
}

function grouped<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, column: keyof T & string) {
  return new DataLoader<string, T[]>(async (keys) =>
    manyByKey(await findEntities(db, entity, { [column]: [...keys] } as never), (row) => String(row[column]), keys),
  );
}

/** A stored result without its component JSON. */
export type StoredFigures = Omit<UnitResultEntity, 'areas' | 'criteria'>;

const figureSelects = new WeakMap<DataSource, Record<string, true>>();
function figureColumns(db: DataSource): Record<string, true> {
  let select = figureSelects.get(db);
  if (!select) {
    select = {};
    for (const c of db.getMetadata(UnitResultEntity).columns)
      if (c.propertyName !== 'areas' && c.propertyName !== 'criteria') select[c.propertyName] = true;
    figureSelects.set(db, select);
  }
  return select;
}

/**
 * Per-request batching for sheets and results: a page of sheets or a ranking costs a fixed
 * number of statements whatever its length (tested by counting queries).
 */
export function createScoreSheetLoaders(db: DataSource) {
  const results = db.getRepository(UnitResultEntity);
  return {
    sheetById: byId(db, ScoreSheetEntity),
    yearById: byId(db, AssessmentYearEntity),
    groupById: byId(db, UnitGroupEntity),
    rosterById: byId(db, RosterEntryEntity),
    fileById: byId(db, EvidenceFileEntity),
    nodesByGroup: grouped(db, CriteriaNodeEntity, 'groupId'),
    entriesBySheet: grouped(db, ScoreEntryEntity, 'sheetId'),
    /** Entries flagged "cần rà soát" per sheet: one GROUP BY for a whole page (the progress list). */
    ruleReviewCountBySheet: new DataLoader<string, number>(async (sheetIds) => {
      const rows = (await db
        .getRepository(ScoreEntryEntity)
        .createQueryBuilder('e')
        .select('e.sheet_id', 'sheetId')
        .addSelect('COUNT(*)', 'n')
        .where('e.sheet_id IN (:...ids)', { ids: [...sheetIds] })
        .andWhere('e.rule_review = :on', { on: true })
        .groupBy('e.sheet_id')
        .getRawMany()) as { sheetId: string; n: number | string }[];
      const counts = new Map(rows.map((r) => [String(r.sheetId), Number(r.n)]));
      return sheetIds.map((id) => counts.get(id) ?? 0);
    }),
    /** A sheet's stored figures without the per-area and per-criterion JSON (totals, progress: a dashboard page reads 200). */
    resultBySheet: new DataLoader<string, StoredFigures | null>(async (sheetIds) =>
      oneByKey(await results.find({ select: figureColumns(db), where: { sheetId: In([...sheetIds]) } }), (row) => row.sheetId, sheetIds),
    ),
    /** A sheet's component indices (areas, level-2 criteria): ~14 KB of JSON a row, read only where asked for. */
    componentsBySheet: new DataLoader<string, Pick<UnitResultEntity, 'sheetId' | 'areas' | 'criteria'> | null>(async (sheetIds) =>
      oneByKey(
        await results.find({ select: { sheetId: true, areas: true, criteria: true }, where: { sheetId: In([...sheetIds]) } }),
        (row) => row.sheetId,
        sheetIds,
      ),
    ),
    /** key: `${yearId}|${userId}` */
    assignment: new DataLoader<string, AppraiserAssignmentEntity | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows = await db.getRepository(AppraiserAssignmentEntity).findBy({
        yearId: In([...new Set(pairs.map((p) => p[0]))]),
        userId: In([...new Set(pairs.map((p) => p[1]))]),
      });
      return pairs.map(([yearId, userId]) => rows.find((r) => r.yearId === yearId && r.userId === userId) ?? null);
    }),
  };
}

export type ScoreSheetLoaders = ReturnType<typeof createScoreSheetLoaders>;
