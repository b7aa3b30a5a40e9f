import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { nullableJsonColumn } from './json-column';

export enum AuditEntityType {
  SCORE = 'SCORE',
  CRITERION = 'CRITERION',
  SETTING = 'SETTING',
  ROSTER = 'ROSTER',
  STATUS = 'STATUS',
  SHEET = 'SHEET',
  ANALYSIS = 'ANALYSIS',
  HEAD = 'HEAD',
  ATTESTATION = 'ATTESTATION',
  INSPECTION = 'INSPECTION',
  REMEDIATION = 'REMEDIATION',
  REPORT = 'REPORT',
  INITIATIVE = 'INITIATIVE',
  NATIONAL_INDEX = 'NATIONAL_INDEX',
}
registerEnumType(AuditEntityType, {
  name: 'AuditEntityType',
  description: 'What an audit event is about.',
  valuesConfig: {
    SCORE: { description: 'Điểm của một tiêu chí trên phiếu' },
    CRITERION: { description: 'Tiêu chí của bộ chỉ số' },
    SETTING: { description: 'Cấu hình kỳ đánh giá, khối, phân công' },
    ROSTER: { description: 'Danh sách đơn vị được đánh giá' },
    STATUS: { description: 'Trạng thái kỳ đánh giá' },
    SHEET: { description: 'Trạng thái phiếu' },
    ANALYSIS: { description: 'Phân tích: nguyên nhân, giải pháp của một tiêu chí' },
    HEAD: { description: 'Người đứng đầu, cấp phó phụ trách CCHC của đơn vị' },
    ATTESTATION: { description: 'Xác nhận của người đứng đầu đối với phiếu tự đánh giá' },
    INSPECTION: { description: 'Kiểm tra CCHC / công vụ và kết luận' },
    REMEDIATION: { description: 'Nhiệm vụ khắc phục hạn chế' },
    REPORT: { description: 'Báo cáo CCHC định kỳ' },
    INITIATIVE: { description: 'Sáng kiến, mô hình hay được công nhận' },
    NATIONAL_INDEX: {
      description:
        'Chỉ số quốc gia của tỉnh (PAR INDEX, SIPAS, PAPI, PCI, DDCI); yearId của sự kiện là đơn vị tỉnh (số liệu theo năm dương lịch, không thuộc kỳ đánh giá nào)',
    },
  },
});

/**
 * Append-only history (who, when, before, after, why). Nothing in the code updates or deletes
 * these rows; the auto-increment id gives a total order even within one second.
 */
@ObjectType('AuditEvent', { description: 'Một thay đổi đã ghi nhận: ai, khi nào, trước, sau, lý do.' })
@Entity('audit_event')
@Index('ix_audit_event_year', ['yearId', 'id'])
@Index('ix_audit_event_entity', ['entityType', 'entityId'])
@Index('ix_audit_event_sheet', ['sheetId'])
// No index on criterion_id alone (migration 1772000000000): a sheet's trail filters its rows by criterion.
export class AuditEventEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'int' }) id: number;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => AuditEntityType) @Column({ name: 'entity_type', type: 'varchar', length: 16 }) entityType: AuditEntityType;
  @Field(() => ID, { description: 'Id of the changed thing (year, group, node, roster entry, sheet entry…).' })
  @Column({ name: 'entity_id', type: 'varchar', length: 36 })
  entityId: string;
  @Field(() => ID, { nullable: true, description: 'Score sheet concerned, if any.' })
  @Column({ name: 'sheet_id', type: 'varchar', length: 36, nullable: true })
  sheetId: string | null;
  @Field(() => ID, { nullable: true, description: 'Criteria node concerned, if any.' })
  @Column({ name: 'criterion_id', type: 'varchar', length: 36, nullable: true })
  criterionId: string | null;
  @Field({ description: 'What was done, e.g. CREATE, UPDATE, DELETE, TRANSITION, REOPEN, SAVE_SELF.' })
  @Column({ type: 'varchar', length: 40 })
  action: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true }) actorUserId:
    | string
    | null;
  @Field({ description: 'Tên đăng nhập / tên người thực hiện tại thời điểm thay đổi.' })
  @Column({ name: 'actor_name', type: 'varchar', length: 255 })
  actorName: string;
  @Field(() => Date) @Column({ type: 'datetime' }) at: Date;
  /** Snapshot before the change (null on creation); exposed as a JSON string. */
  @Column({ name: 'before_value', type: 'text', nullable: true, transformer: nullableJsonColumn }) before: unknown;
  /** Snapshot after the change (null on deletion); exposed as a JSON string. */
  @Column({ name: 'after_value', type: 'text', nullable: true, transformer: nullableJsonColumn }) after: unknown;
  @Field(() => String, { nullable: true, description: 'Lý do do người thực hiện nêu.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
