import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/** Snapshots as JSON in TEXT (the same on SQLite and MySQL; never queried inside). */
const snapshotColumn: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
  from: (value: string | null | undefined): unknown => (value === null || value === undefined ? null : JSON.parse(value)),
};

export enum OrgAuditEntityType {
  USER = 'USER',
  API_CLIENT = 'API_CLIENT',
  ORG_UNIT = 'ORG_UNIT',
}
registerEnumType(OrgAuditEntityType, {
  name: 'OrgAuditEntityType',
  description: 'What an org change is about.',
  valuesConfig: {
    USER: { description: 'Người dùng: tạo, sửa, vai trò, khóa, đặt lại mật khẩu' },
    API_CLIENT: { description: 'Khóa API của ứng dụng khai thác' },
    ORG_UNIT: { description: 'Đơn vị: tạo, đổi tên, chuyển, đóng, sáp nhập, chia tách, nhập dữ liệu' },
  },
});

/**
 * Append-only history of the org subgraph's changes (users, roles, API keys, units): who, when,
 * what before, what after. Nothing in the code updates or deletes these rows; the auto-increment
 * id orders them. Each row belongs to the province it concerns, whose administrator reads it.
 * Secrets never enter a snapshot: a password change is recorded as done, not as a value.
 */
@ObjectType('OrgAuditEvent', { description: 'Một thay đổi về người dùng, vai trò, khóa API hoặc đơn vị: ai, khi nào, trước, sau.' })
@Entity('org_audit_event')
@Index('ix_org_audit_province', ['provinceUnitId', 'id'])
@Index('ix_org_audit_entity', ['entityType', 'entityId'])
export class OrgAuditEventEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'int' }) id: number;
  @Column({ name: 'province_unit_id', type: 'varchar', length: 36 }) provinceUnitId: string;
  @Field(() => OrgAuditEntityType) @Column({ name: 'entity_type', type: 'varchar', length: 16 }) entityType: OrgAuditEntityType;
  @Field(() => ID, { description: 'Id of the user, API client or unit.' })
  @Column({ name: 'entity_id', type: 'varchar', length: 36 })
  entityId: string;
  @Field({ description: 'Tên người dùng / ứng dụng / đơn vị tại thời điểm thay đổi.' })
  @Column({ name: 'entity_label', type: 'varchar', length: 255 })
  entityLabel: string;
  @Field({
    description: 'CREATE, UPDATE, DISABLE, ENABLE, ROLES, PASSWORD_RESET, UNLOCK, REVOKE, RENAME, MOVE, CLOSE, MERGE, SPLIT, IMPORT…',
  })
  @Column({ type: 'varchar', length: 40 })
  action: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true }) actorUserId:
    | string
    | null;
  @Field({ description: 'Tên đăng nhập của người thực hiện tại thời điểm thay đổi.' })
  @Column({ name: 'actor_name', type: 'varchar', length: 255 })
  actorName: string;
  @Field(() => Date) @Column({ type: 'datetime' }) at: Date;
  @Column({ name: 'before_value', type: 'text', nullable: true, transformer: snapshotColumn }) before: unknown;
  @Column({ name: 'after_value', type: 'text', nullable: true, transformer: snapshotColumn }) after: unknown;
}
