import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind, NotificationParams } from '../../../domain/scoring';
import { jsonColumn } from '../audit/json-column';

/**
 * One event on the desks of one unit's staff (domain/scoring/notifications.ts): the audience is
 * the unit and a mask of roles, resolved when a user reads. Auto-increment ids order them (newest
 * first) and page them.
 */
@Entity('notification')
@Index('ix_notification_audience', ['audienceUnitId', 'id'])
@Index('ix_notification_mail', ['mailStatus', 'mailNextAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('increment', { type: 'int' }) id: number;
  @Column({ type: 'varchar', length: 40 }) kind: NotificationKind;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'sheet_id', type: 'varchar', length: 36, nullable: true }) sheetId: string | null;
  /** The unit the event is about (the assessed unit). */
  @Column({ name: 'subject_unit_id', type: 'varchar', length: 36, nullable: true }) subjectUnitId: string | null;
  /** Whose desk: users of this unit … */
  @Column({ name: 'audience_unit_id', type: 'varchar', length: 36 }) audienceUnitId: string;
  /** … holding one of these roles (ROLE_BITS). */
  @Column({ name: 'role_mask', type: 'int' }) roleMask: number;
  @Column({ type: 'text', transformer: jsonColumn<NotificationParams>(() => ({ unitName: null, yearName: '' })) })
  params: NotificationParams;
  /** Who caused it: never notified of his own act. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true }) actorUserId: string | null;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt: Date;
  /**
   * The e-mail outbox, on the same row so it is written in the same transaction: null when no
   * SMTP server was configured at the time (nothing will be attempted), PENDING until the sender
   * delivers it (SENT) or gives up after its capped retries (FAILED); SKIPPED when nobody in the
   * audience has an address.
   */
  @Column({ name: 'mail_status', type: 'varchar', length: 10, nullable: true })
  mailStatus: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED' | null;
  @Column({ name: 'mail_attempts', type: 'int', default: 0 }) mailAttempts: number;
  @Column({ name: 'mail_next_at', type: 'datetime', nullable: true }) mailNextAt: Date | null;
  @Column({ name: 'mail_error', type: 'varchar', length: 500, nullable: true }) mailError: string | null;
}

/** A user has read a notification (per user: an audience is shared). */
@Entity('notification_read')
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 }) userId: string;
  @PrimaryColumn({ name: 'notification_id', type: 'int' }) notificationId: number;
  @Column({ name: 'read_at', type: 'datetime' }) readAt: Date;
}
