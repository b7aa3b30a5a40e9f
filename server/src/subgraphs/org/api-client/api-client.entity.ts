import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ApiScope } from '../../../platform/auth/tokens';
import './api-client.enums';

/**
 * An external app (ứng dụng khai thác) allowed to read published results with an API key.
 * Only the key's SHA-256 is stored (see platform/auth/api-key.ts for why a fast hash is right);
 * the key itself is shown once, when created, and never stored or logged.
 */
@ObjectType('ApiClient', {
  description:
    'Ứng dụng khai thác: an external app (portal, emulation-and-reward system, newsroom) that reads published results with an API key.',
})
@Entity('api_client')
export class ApiClientEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field({ description: 'Tên ứng dụng, ví dụ "Cổng thông tin điện tử tỉnh".' }) @Column({ type: 'varchar', length: 255 }) name: string;
  @Field(() => ID, { description: 'The province whose administrator manages the key.' })
  @Index('ix_api_client_province')
  @Column({ name: 'province_unit_id', type: 'varchar', length: 36 })
  provinceUnitId: string;
  @Field({ description: 'Tiền tố của khóa (8 ký tự đầu) để phân biệt các khóa; the full key is never shown again.' })
  @Column({ name: 'key_prefix', type: 'varchar', length: 8 })
  keyPrefix: string;
  /** Hex SHA-256 of the key: the lookup key of verification; never exposed in GraphQL, never logged. */
  @Index('uq_api_client_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;
  @Field(() => [ApiScope], { description: 'Phạm vi được phép.' })
  @Column({
    type: 'varchar',
    length: 255,
    transformer: { to: (scopes: ApiScope[]) => scopes.join(','), from: (value: string) => (value ? (value.split(',') as ApiScope[]) : []) },
  })
  scopes: ApiScope[];
  @Field({ description: 'false once revoked.' }) @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ name: 'created_by', type: 'varchar', length: 36 }) createdBy: string;
  @Field() @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Lần dùng gần nhất (cập nhật tối đa mỗi phút một lần).' })
  @Column({ name: 'last_used_at', type: 'datetime', nullable: true })
  lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Thời điểm thu hồi khóa.' })
  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;
  @Column({ name: 'revoked_by', type: 'varchar', length: 36, nullable: true }) revokedBy: string | null;
}
