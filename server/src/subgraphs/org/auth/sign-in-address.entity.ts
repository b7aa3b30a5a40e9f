import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts that did not (yet) succeed from one client address in the current window. In
 * the database rather than in memory so every process (and every replica) counts the same
 * attempts; updated only by conditional UPDATEs (see sign-in-limits.ts).
 */
@Entity('sign_in_address')
export class SignInAddressEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) address: string;
  @Column({ type: 'int' }) attempts: number;
  @Column({ name: 'window_started_at', type: 'datetime' }) windowStartedAt: Date;
}
