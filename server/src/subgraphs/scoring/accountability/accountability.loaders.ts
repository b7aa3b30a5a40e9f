import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey } from '../../../platform/graphql/loader-helpers';
import { SheetAttestationEntity } from './sheet-attestation.entity';
import { AssessorEntryEntity } from './assessor-entry.entity';

/** Per-request batching: a page of sheets reads its attestations in one statement. */
export function createAccountabilityLoaders(db: DataSource) {
  const attestations = db.getRepository(SheetAttestationEntity);
  const assessorEntries = db.getRepository(AssessorEntryEntity);
  return {
    assessorEntriesBySheet: new DataLoader<string, AssessorEntryEntity[]>(async (sheetIds) =>
      manyByKey(await assessorEntries.findBy({ sheetId: In([...sheetIds]) }), (row) => row.sheetId, sheetIds),
    ),
    attestationsBySheet: new DataLoader<string, SheetAttestationEntity[]>(async (sheetIds) =>
      manyByKey(await attestations.findBy({ sheetId: In([...sheetIds]) }), (row) => row.sheetId, sheetIds),
    ),
  };
}
