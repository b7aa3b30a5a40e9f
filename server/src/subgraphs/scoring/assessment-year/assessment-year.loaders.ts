import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey } from '../../../platform/graphql/loader-helpers';
import { AssessmentYearEntity } from './assessment-year.entity';

export function createAssessmentYearLoaders(db: DataSource) {
  return {
    yearsByProvince: new DataLoader<string, AssessmentYearEntity[]>(async (provinceIds) => {
      const rows = await db
        .getRepository(AssessmentYearEntity)
        .find({ where: { provinceUnitId: In([...provinceIds]) }, order: { year: 'DESC' } });
      return manyByKey(rows, (row) => row.provinceUnitId, provinceIds);
    }),
  };
}
