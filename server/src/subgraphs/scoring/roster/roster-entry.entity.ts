import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { jsonColumn } from '../audit/json-column';

/**
 * One assessed unit of a year, frozen when the year opens: names, kind, group and assessor are
 * copied here so scoring never joins org tables and later merges or renames never rewrite the past.
 */
@ObjectType('RosterEntry', { description: 'Đơn vị được đánh giá trong kỳ (danh sách đã chốt khi mở tự đánh giá).' })
@Entity('roster_entry')
@Index('uq_roster_entry_year_unit', ['yearId', 'unitId'], { unique: true })
@Index('ix_roster_entry_year_group', ['yearId', 'groupId'])
@Index('ix_roster_entry_year_assessor', ['yearId', 'assessorUnitId'])
export class RosterEntryEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => ID, { description: 'The assessed OrgUnit.' }) @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Field({ description: 'Tên đơn vị tại thời điểm chốt danh sách.' })
  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName: string;
  @Field() @Column({ name: 'unit_code', type: 'varchar', length: 32 }) unitCode: string;
  @Field(() => OrgUnitKind) @Column({ name: 'unit_kind', type: 'varchar', length: 16 }) unitKind: OrgUnitKind;
  @Field({ description: 'Loại đơn vị (sở, phường, xã…) tại thời điểm chốt.' })
  @Column({ name: 'unit_subtype', type: 'varchar', length: 32 })
  unitSubtype: string;
  @Field(() => ID) @Column({ name: 'group_id', type: 'varchar', length: 36 }) groupId: string;
  @Field(() => ID, { description: 'The unit that assesses this one (the province, or a district in three-level years).' })
  @Column({ name: 'assessor_unit_id', type: 'varchar', length: 36 })
  assessorUnitId: string;
  @Field() @Column({ name: 'assessor_unit_name', type: 'varchar', length: 255 }) assessorUnitName: string;
  @Field(() => ID, { nullable: true, description: 'Parent district of a commune in a three-level year.' })
  @Column({ name: 'parent_district_id', type: 'varchar', length: 36, nullable: true })
  parentDistrictId: string | null;
  @Field(() => [ID], { description: 'Units this one was formed from (for year-over-year comparison).' })
  @Column({ name: 'predecessor_unit_ids', type: 'text', nullable: true, transformer: jsonColumn<string[]>(() => []) })
  predecessorUnitIds: string[];
  @Field({ description: 'Added by hand by the administrator rather than built from the hierarchy.' })
  @Column({ name: 'added_manually', type: 'boolean', default: false })
  addedManually: boolean;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
