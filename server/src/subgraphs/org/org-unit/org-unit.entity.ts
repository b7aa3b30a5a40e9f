import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '../../../platform/graphql/scalars';

export enum OrgUnitKind {
  PROVINCE = 'PROVINCE',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
export type OrgUnitKindValue = `${OrgUnitKind}`;

registerEnumType(OrgUnitKind, {
  name: 'OrgUnitKind',
  description: 'Level of a unit: tỉnh; sở/ban/ngành; huyện/quận/thị xã/thành phố thuộc tỉnh; xã/phường/thị trấn/đặc khu.',
});

/**
 * A unit of the administrative hierarchy. Hierarchy is parent + materialized path + level,
 * kept by OrgUnitService; closed units stay (validTo set) so the past is never rewritten.
 */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit', { description: 'Đơn vị hành chính hoặc cơ quan: a unit of the administrative hierarchy.' })
@Entity('org_unit')
export class OrgUnitEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => OrgUnitKind) @Column({ type: 'varchar', length: 16 }) kind: OrgUnitKind;
  /** Vietnamese subtype as data: sở, ban, huyện, quận, thị xã, thành phố, xã, phường, thị trấn, đặc khu… */
  @Field({ description: 'Loại đơn vị bằng tiếng Việt (sở, huyện, phường, xã, đặc khu…).' })
  @Column({ type: 'varchar', length: 32 })
  subtype: string;
  @Field({ description: 'Mã đơn vị (mã thống kê quốc gia cho tỉnh/huyện/xã).' })
  @Column({ type: 'varchar', length: 32 })
  code: string;
  /** Equals `code` while the unit is open, NULL once closed: a unique index on it keeps codes unique among open units. */
  @Index('uq_org_unit_open_code', { unique: true })
  @Column({ name: 'open_code', type: 'varchar', length: 32, nullable: true })
  openCode: string | null;
  @Field({ description: 'Tên đầy đủ, ví dụ "Phường Ba Đình".' })
  @Column({ type: 'varchar', length: 255 })
  name: string;
  /** Lowercase, accent-free name for accent-insensitive search ("ba dinh" finds "Phường Ba Đình"). */
  @Index('ix_org_unit_name_folded')
  @Column({ name: 'name_folded', type: 'varchar', length: 255 })
  nameFolded: string;
  @Index('ix_org_unit_parent')
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;
  /** "/<rootId>/…/<id>/": every ancestor id, so subtree queries are one indexed LIKE. */
  @Field({ description: 'Materialized path of ancestor ids, "/root/…/id/".' })
  @Index('ix_org_unit_path')
  @Column({ type: 'varchar', length: 768 })
  path: string;
  @Field(() => Int, { description: '0 for a province, 1 for its departments and districts, …' })
  @Column({ type: 'int' })
  level: number;
  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực từ ngày.' })
  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực đến ngày (null: còn hoạt động).' })
  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo: string | null;
  /** Free text of the units this one was formed from, as published (kept beside any derived link). */
  @Field(() => String, { nullable: true, description: 'Văn bản "trước sắp xếp" như được công bố.' })
  @Column({ name: 'merger_text', type: 'text', nullable: true })
  mergerText: string | null;
  /** Stable key of the imported record (e.g. "v2026:commune:07090"), so importing twice changes nothing. */
  @Index('uq_org_unit_source_key', { unique: true })
  @Column({ name: 'source_key', type: 'varchar', length: 64, nullable: true })
  sourceKey: string | null;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
