import type { Transporter } from 'nodemailer';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { notificationText, ROLE_BITS, roleMask } from '../../../domain/scoring';
import type { SmtpConfig } from '../../../platform/config/config';
import type { Logger } from '../../../platform/logging/logger';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { NotificationEntity } from './notification.entity';

/**
 * E-mail copies of notifications (issue 11 §1), sent after commit: the notification row is the
 * outbox (mail_status PENDING, written in the transaction of the change only where SMTP is
 * configured), and this loop delivers it later, so a slow or absent SMTP server never holds up or
 * breaks the change. A failed delivery is retried with doubling waits, and given up (FAILED) after
 * `maxAttempts`. One sender per deployment (the scoring subgraph runs it).
 *
 * Recipients are resolved when sending, like the in-app audience: active users of the audience
 * unit whose roles meet the mask and who have an e-mail address, not the one who caused it, and
 * for appraisers limited to some units, only those of the unit concerned. The users are read from
 * app_user by table name (read-only, the same window as roster/org-directory.ts), outside any
 * request.
 */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export type SendMail = (message: MailMessage) => Promise<void>;

/** The SMTP transport of the configuration (nodemailer), with timeouts so a silent server fails. */
export function smtpSender(smtp: SmtpConfig): SendMail {
  // nodemailer is loaded with the first mail, not at start (issue 9, cold start).
  let transport: Promise<Transporter> | null = null;
  return async (message) => {
    transport ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({ url: smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }, { from: smtp.from }),
    );
    await (await transport).sendMail({ to: message.to, subject: message.subject, text: message.text });
  };
}

interface UserRow {
  id: string;
  unit_id: string;
  roles: string;
  email: string;
}

const BATCH = 50;
/** The longest wait between two attempts, however many failed before. */
const MAX_BACKOFF_MS = 6 * 3600_000;

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** The message: always Vietnamese (the officials' language and the admin's default), with a link. */
export function mailOf(n: NotificationEntity, publicUrl: string | null): Pick<MailMessage, 'subject' | 'text'> {
  const text = notificationText(n.kind, n.params);
  const link = n.sheetId && publicUrl ? `\n\nMở phiếu: ${publicUrl.replace(/\/$/, '')}/score-sheets/${n.sheetId}` : '';
  return {
    subject: `[Chỉ số CCHC] ${text.title.vi}`,
    text: `${text.body.vi}${link}\n\n--\nThư gửi tự động từ hệ thống Chỉ số cải cách hành chính; xem mọi thông báo trong mục Thông báo (biểu tượng chuông) của trang quản trị.`,
  };
}

async function recipientsOf(db: DataSource, rows: NotificationEntity[]): Promise<Map<number, string[]>> {
  const units = [...new Set(rows.map((n) => n.audienceUnitId))];
  const users: UserRow[] = await db
    .createQueryBuilder()
    .select(['u.id AS id', 'u.unit_id AS unit_id', 'u.roles AS roles', 'u.email AS email'])
    .from('app_user', 'u')
    .where('u.unit_id IN (:...units)', { units })
    .andWhere('u.active = :active', { active: true })
    .andWhere("u.email IS NOT NULL AND u.email <> ''")
    .getRawMany();
  const appraiserRows = rows.filter((n) => n.roleMask === ROLE_BITS.APPRAISER);
  const limits = appraiserRows.length
    ? await db.getRepository(AppraiserAssignmentEntity).find({
        where: { yearId: In([...new Set(appraiserRows.map((n) => n.yearId))]) },
        select: { yearId: true, userId: true, unitIds: true },
      })
    : [];
  const limited = new Map(limits.filter((a) => a.unitIds.length > 0).map((a) => [`${a.yearId}:${a.userId}`, a.unitIds]));
  const result = new Map<number, string[]>();
  for (const n of rows) {
    const to = users
      .filter((u) => u.unit_id === n.audienceUnitId && (roleMask(u.roles.split(',')) & n.roleMask) !== 0 && u.id !== n.actorUserId)
      .filter((u) => {
        const units = n.roleMask === ROLE_BITS.APPRAISER ? limited.get(`${n.yearId}:${u.id}`) : undefined;
        return !units || (n.subjectUnitId !== null && units.includes(n.subjectUnitId));
      })
      .map((u) => u.email);
    result.set(n.id, [...new Set(to)]);
  }
  return result;
}

/** Delivers the queued e-mails that are due; answers how many were sent. */
export async function sendQueuedMail(
  deps: { db: DataSource; smtp: SmtpConfig; send: SendMail; log: Logger },
  now: Date = new Date(),
): Promise<number> {
  const repo = deps.db.getRepository(NotificationEntity);
  const due = await repo.find({ where: { mailStatus: 'PENDING', mailNextAt: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: BATCH });
  if (due.length === 0) return 0;
  const recipients = await recipientsOf(deps.db, due);
  let sent = 0;
  for (const n of due) {
    const to = recipients.get(n.id) ?? [];
    if (to.length === 0) {
      await repo.update({ id: n.id }, { mailStatus: 'SKIPPED', mailNextAt: null, mailError: 'Không có người nhận có địa chỉ e-mail' });
      continue;
    }
    try {
      await deps.send({ to, ...mailOf(n, deps.smtp.publicUrl) });
      await repo.update({ id: n.id }, { mailStatus: 'SENT', mailAttempts: n.mailAttempts + 1, mailNextAt: null, mailError: null });
      sent++;
    } catch (err) {
      const attempts = n.mailAttempts + 1;
      const failed = attempts >= deps.smtp.maxAttempts;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      await repo.update(
        { id: n.id },
        {
          mailStatus: failed ? 'FAILED' : 'PENDING',
          mailAttempts: attempts,
          mailNextAt: failed ? null : new Date(now.getTime() + backoffMs(attempts, deps.smtp.retryBaseMs)),
          mailError: message,
        },
      );
      deps.log.warn({ notificationId: n.id, attempts, failed, err: message }, 'notification e-mail not delivered');
    }
  }
  return sent;
}

/**
 * Runs the sender every `smtp.intervalMs` (the timer does not keep the process alive; a round
 * never overlaps the previous one). Nothing at all without an SMTP configuration. Returns a stop.
 */
export function startMailSender(
  deps: { db: DataSource; smtp: SmtpConfig | null; log: Logger; send?: SendMail },
  clock: () => Date = () => new Date(),
): () => void {
  const smtp = deps.smtp;
  if (!smtp || smtp.intervalMs <= 0) return () => undefined;
  const send = deps.send ?? smtpSender(smtp);
  let running = false;
  const timer = setInterval(() => {
    if (running || !deps.db.isInitialized) return;
    running = true;
    sendQueuedMail({ db: deps.db, smtp, send, log: deps.log }, clock())
      .catch((err: unknown) => deps.log.warn({ err }, 'notification e-mail round failed'))
      .finally(() => (running = false));
  }, smtp.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
