import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A sign-in session (phiên đăng nhập). A token names its session; the gateway checks the row on
 * each request (with a cache of a few seconds), so revoking it — logout, sign out everywhere,
 * disable, role or unit change, password change or reset — ends the token's power within
 * seconds instead of at its expiry. Rows are never deleted by requests; expired ones are pruned
 * when their user signs in again.
 */
@Entity('user_session')
@Index('ix_user_session_user', ['userId', 'revokedAt'])
export class UserSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId: string;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'datetime' }) expiresAt: Date;
  @Column({ name: 'revoked_at', type: 'datetime', nullable: true }) revokedAt: Date | null;
  /** LOGOUT, SIGN_OUT_EVERYWHERE, DISABLED, ROLES_CHANGED, UNIT_CHANGED, PASSWORD_CHANGED, PASSWORD_RESET. */
  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true }) revokedReason: string | null;
  @Column({ name: 'client_ip', type: 'varchar', length: 64 }) clientIp: string;
}
