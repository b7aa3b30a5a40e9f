import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Leaves of the row's criteria set that the assessor enters (n: the leaf), outside the survey part. */
const ASSESSOR_LEAF = `n.group_id = unit_result.group_id AND n.entered_by_assessor = 1 AND n.section <> 'SURVEY'
  AND NOT EXISTS (SELECT 1 FROM criteria_node k WHERE k.parent_id = n.id)`;
/** The unit marked the leaf not applicable where the leaf allows it (counted complete before). */
const NOT_APPLICABLE = `(e.not_applicable = 1 AND n.allow_not_applicable = 1)`;

const countOf = (filled: string) => `(SELECT COUNT(*) FROM criteria_node n
  LEFT JOIN score_entry e ON e.sheet_id = unit_result.sheet_id AND e.criterion_id = n.id
  WHERE ${ASSESSOR_LEAF} AND (${filled}))`;

/**
 * The stored progress of each sheet ("đã chấm x/y": unit_result.leaf_total, self_filled,
 * appraised_filled) counted the leaves the assessor enters (inspection penalties, recognised
 * initiatives), which the unit cannot score and which neither submitting nor completing an
 * appraisal waits for. computeSheetResult now leaves them out; this takes them out of the stored
 * rows exactly as the old rule had counted them (a leaf: 1 in the total; filled with self points
 * or not applicable; appraised with round-1/2 points or not applicable — the default 0 never
 * applied to the assessor's leaves), so the progress pages agree with a recompute without one.
 * Only the three counts move: points, indices and ranks never depended on them.
 * Plain correlated subqueries: the same statement on SQLite and MySQL.
 */
export class ProgressUnitLeaves1771004000000 implements MigrationInterface {
  name = 'ProgressUnitLeaves1771004000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE unit_result SET
         self_filled = self_filled - ${countOf(`e.self_points IS NOT NULL OR ${NOT_APPLICABLE}`)},
         appraised_filled = appraised_filled - ${countOf(`e.round1_points IS NOT NULL OR e.round2_points IS NOT NULL OR ${NOT_APPLICABLE}`)},
         leaf_total = leaf_total - ${countOf('1 = 1')}
       WHERE EXISTS (SELECT 1 FROM criteria_node n WHERE n.group_id = unit_result.group_id AND n.entered_by_assessor = 1)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE unit_result SET
         self_filled = self_filled + ${countOf(`e.self_points IS NOT NULL OR ${NOT_APPLICABLE}`)},
         appraised_filled = appraised_filled + ${countOf(`e.round1_points IS NOT NULL OR e.round2_points IS NOT NULL OR ${NOT_APPLICABLE}`)},
         leaf_total = leaf_total + ${countOf('1 = 1')}
       WHERE EXISTS (SELECT 1 FROM criteria_node n WHERE n.group_id = unit_result.group_id AND n.entered_by_assessor = 1)`,
    );
  }
}
