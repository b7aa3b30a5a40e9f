import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { jsonColumn } from '../audit/json-column';
import type { RosterEntryEntity } from '../roster/roster-entry.entity';

/**
 * The draft sheet of a unit removed from the roster during self-assessment (issue 7, item 6):
 * its entries are kept in sheet_archive_entry and its evidence files stay attached to this id,
 * readable by whoever could read the sheet; re-adding the unit restores them into its new sheet.
 * Rows are never deleted; a restored archive keeps restoredAt.
 */
@ObjectType('ArchivedSheet', { description: 'Phiếu nháp của đơn vị đã bỏ khỏi danh sách (lưu trữ, khôi phục được khi thêm lại đơn vị).' })
@Entity('sheet_archive')
@Index('ix_sheet_archive_year_unit', ['yearId', 'unitId'])
export class SheetArchiveEntity {
  @Field(() => ID, { description: 'Id of the removed sheet (its evidence files still point to it).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => ID) @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Field() @Column({ name: 'unit_name', type: 'varchar', length: 255 }) unitName: string;
  @Field(() => ID) @Column({ name: 'group_id', type: 'varchar', length: 36 }) groupId: string;
  /** The roster line as it was (who assessed the unit): who may read the archive follows it. */
  @Column({ name: 'roster_entry', type: 'text', transformer: jsonColumn<Partial<RosterEntryEntity>>(() => ({})) })
  rosterEntry: Pick<RosterEntryEntity, 'unitId' | 'assessorUnitId' | 'parentDistrictId' | 'groupId' | 'unitName'>;
  @Field(() => String, { nullable: true, description: 'Lý do bỏ khỏi danh sách.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
  @Column({ name: 'archived_by', type: 'varchar', length: 36, nullable: true }) archivedBy: string | null;
  @Field({ description: 'Người bỏ đơn vị khỏi danh sách.' })
  @Column({ name: 'archived_by_name', type: 'varchar', length: 255 })
  archivedByName: string;
  @Field(() => Date) @Column({ name: 'archived_at', type: 'datetime' }) archivedAt: Date;
  @Field(() => Int, { description: 'Số tiêu chí đã kê khai trong phiếu nháp.' })
  @Column({ name: 'filled_leaves', type: 'int' })
  filledLeaves: number;
  @Field(() => Date, { nullable: true, description: 'Khi đơn vị được thêm lại và phiếu được khôi phục.' })
  @Column({ name: 'restored_at', type: 'datetime', nullable: true })
  restoredAt: Date | null;
  @Column({ name: 'restored_sheet_id', type: 'varchar', length: 36, nullable: true }) restoredSheetId: string | null;
}
