import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../../../platform/auth/roles';

@ObjectType('User', { description: 'Người dùng: belongs to one unit and has roles.' })
@Entity('app_user')
export class UserEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field()
  @Index('uq_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;
  @Field() @Column({ name: 'full_name', type: 'varchar', length: 255 }) fullName: string;
  @Field(() => String, { nullable: true, description: 'Địa chỉ e-mail nhận bản sao thông báo (không bắt buộc).' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  email: string | null;
  /** scrypt hash; never selected into GraphQL types, never logged. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 }) passwordHash: string;
  @Index('ix_app_user_unit')
  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId: string;
  @Field(() => [Role])
  @Column({
    type: 'varchar',
    length: 255,
    transformer: { to: (roles: Role[]) => roles.join(','), from: (value: string) => (value ? (value.split(',') as Role[]) : []) },
  })
  roles: Role[];
  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ name: 'failed_login_count', type: 'int', default: 0 }) failedLoginCount: number;
  @Field(() => Date, { nullable: true }) @Column({ name: 'locked_until', type: 'datetime', nullable: true }) lockedUntil: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'last_login_at', type: 'datetime', nullable: true }) lastLoginAt: Date | null;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
