/**
 * Per-address throttle for failed sign-ins, in memory: a guessing client is slowed down across
 * accounts. (Per-account locking is stored on the user row, so it holds across restarts and
 * replicas; this per-address window is per process, which is enough to blunt a single client.)
 */
export class AddressThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  private recent(address: string, now: number): number[] {
    const kept = (this.failures.get(address) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }

  /** Milliseconds the address must still wait, 0 when it may try. */
  retryAfterMs(address: string, now = Date.now()): number {
    const recent = this.recent(address, now);
    return recent.length >= this.maxFailures ? this.windowMs - (now - recent[0]) : 0;
  }

  recordFailure(address: string, now = Date.now()): void {
    const recent = this.recent(address, now);
    recent.push(now);
    this.failures.set(address, recent);
  }

  recordSuccess(address: string): void {
    this.failures.delete(address);
  }
}

/** After this many consecutive failures an account is locked for ACCOUNT_LOCK_MS. */
export const MAX_ACCOUNT_FAILURES = 5;
export const ACCOUNT_LOCK_MS = 15 * 60 * 1000;
