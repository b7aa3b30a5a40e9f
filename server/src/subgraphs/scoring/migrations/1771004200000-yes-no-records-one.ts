import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTION = 'NORMALIZE_YES_NO';
const ACTOR = 'Hệ thống (nâng cấp dữ liệu)';
const REASON =
  'Chuẩn hóa dữ liệu: ghi nhận của tiêu chí chấm Có/Không chỉ mang giá trị 1 (một trường hợp "có"); giá trị lớn hơn 1 được lưu trước khi áp dụng quy tắc này. Điểm không thay đổi: mọi giá trị lớn hơn 0 đều được chấm là "có".';

interface Row {
  id: string;
  owner_id: string;
  year_id: string;
  sheet_id: string | null;
  criterion_id: string;
  quantity: number | string;
}

/**
 * YES_NO leaves take records of exactly 1 (checkQuantity); records and inspection findings stored
 * before that rule may hold 2, 3… The leaf's points never depended on it (any record means "yes"),
 * but the assessor's form and a re-saved inspection would meet a value they must refuse. Each such
 * value becomes 1, with an audit row per change (before/after, the reason, the system as actor) —
 * the original figure stays readable there, and `down` puts it back from there. Only rows whose leaf
 * is YES_NO now are touched. Plain SQL: the same statements on SQLite and MySQL.
 */
export class YesNoRecordsOne1771004200000 implements MigrationInterface {
  name = 'YesNoRecordsOne1771004200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const records: Row[] = await queryRunner.query(
      `SELECT a.id, a.id AS owner_id, a.year_id, a.sheet_id, a.criterion_id, a.quantity FROM assessor_entry a
        JOIN criteria_node n ON n.id = a.criterion_id WHERE n.method = 'YES_NO' AND a.quantity > 1`,
    );
    const findings: Row[] = await queryRunner.query(
      `SELECT f.id, f.inspection_id AS owner_id, i.year_id, NULL AS sheet_id, f.criterion_id, f.quantity FROM inspection_finding f
        JOIN inspection i ON i.id = f.inspection_id JOIN criteria_node n ON n.id = f.criterion_id
        WHERE n.method = 'YES_NO' AND f.quantity > 1`,
    );
    // As both drivers store a DATETIME written by the application (UTC, milliseconds dropped by MySQL).
    const at = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const audit = (entityType: string, row: Row, key: 'recordId' | 'findingId') =>
      queryRunner.query(
        `INSERT INTO audit_event (year_id, entity_type, entity_id, sheet_id, criterion_id, action, actor_user_id, actor_name, at, before_value, after_value, reason)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
        [
          row.year_id,
          entityType,
          row.owner_id,
          row.sheet_id,
          row.criterion_id,
          ACTION,
          ACTOR,
          at,
          JSON.stringify({ [key]: row.id, quantity: Number(row.quantity) }),
          JSON.stringify({ [key]: row.id, quantity: 1 }),
          REASON,
        ],
      );
    for (const row of records) {
      await queryRunner.query('UPDATE assessor_entry SET quantity = 1 WHERE id = ?', [row.id]);
      await audit('SCORE', row, 'recordId');
    }
    for (const row of findings) {
      await queryRunner.query('UPDATE inspection_finding SET quantity = 1 WHERE id = ?', [row.id]);
      await audit('INSPECTION', row, 'findingId');
    }
  }

  /** Puts the former values back from the audit rows (which stay: the trail is append-only). */
  async down(queryRunner: QueryRunner): Promise<void> {
    const rows: { entity_type: string; before_value: string }[] = await queryRunner.query(
      'SELECT entity_type, before_value FROM audit_event WHERE action = ? ORDER BY id',
      [ACTION],
    );
    for (const row of rows) {
      const before = JSON.parse(row.before_value) as { recordId?: string; findingId?: string; quantity: number };
      if (before.recordId)
        await queryRunner.query('UPDATE assessor_entry SET quantity = ? WHERE id = ?', [before.quantity, before.recordId]);
      if (before.findingId)
        await queryRunner.query('UPDATE inspection_finding SET quantity = ? WHERE id = ?', [before.quantity, before.findingId]);
    }
  }
}
