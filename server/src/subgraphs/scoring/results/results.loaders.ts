import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from '../../../platform/graphql/loader-helpers';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { UnitResultEntity } from './unit-result.entity';

/** Batches the OrgUnit.assessment lookups of a whole page of units into two statements. */
export function createResultLoaders(db: DataSource) {
  const results = db.getRepository(UnitResultEntity);
  return {
    /** key: `${yearId}|${unitId}` */
    byYearUnit: new DataLoader<string, UnitResultEntity | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows = await results.findBy({
        yearId: In([...new Set(pairs.map((p) => p[0]))]),
        unitId: In([...new Set(pairs.map((p) => p[1]))]),
      });
      return oneByKey(rows, (r) => `${r.yearId}|${r.unitId}`, keys);
    }),
    /** key: `${year}|${unitId}` — a unit is assessed by one province per year. */
    byYearNumberUnit: new DataLoader<string, UnitResultEntity | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const years = await db.getRepository(AssessmentYearEntity).findBy({ year: In([...new Set(pairs.map((p) => Number(p[0])))]) });
      if (years.length === 0) return keys.map(() => null);
      const rows = await results.findBy({ yearId: In(years.map((y) => y.id)), unitId: In([...new Set(pairs.map((p) => p[1]))]) });
      const yearNumber = new Map(years.map((y) => [y.id, y.year]));
      return oneByKey(rows, (r) => `${yearNumber.get(r.yearId)}|${r.unitId}`, keys);
    }),
    /** key: `${yearId}|${groupId}` → number of units in the block. */
    groupSize: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows: { yearId: string; groupId: string; n: string | number }[] = await results
        .createQueryBuilder('r')
        .select('r.year_id', 'yearId')
        .addSelect('r.group_id', 'groupId')
        .addSelect('COUNT(*)', 'n')
        .where({ yearId: In([...new Set(pairs.map((p) => p[0]))]), groupId: In([...new Set(pairs.map((p) => p[1]))]) })
        .groupBy('r.year_id')
        .addGroupBy('r.group_id')
        .getRawMany();
      return oneByKey(rows, (r) => `${r.yearId}|${r.groupId}`, keys).map((row) => Number(row?.n ?? 0));
    }),
  };
}
