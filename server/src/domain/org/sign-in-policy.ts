/**
 * Sign-in limits (issue 7, item 5), as plain rules. The services apply them with one conditional
 * UPDATE per attempt, so every process sharing the database counts the same attempts.
 */

/** Consecutive failures before an account is locked for the first time. */
export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;

/** Lock lengths in minutes for the 5th, 6th, 7th, 8th and any later consecutive failure: each lock longer than the last. */
export const ACCOUNT_LOCK_MINUTES = [1, 5, 15, 30, 60] as const;

/**
 * How long the account stays locked after its `failures`-th consecutive failure (0: not locked).
 * Only a successful sign-in (or an administrator's unlock or password reset) resets the count.
 */
export function accountLockMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_LOCK) return 0;
  const step = Math.min(failures - ACCOUNT_FAILURES_BEFORE_LOCK, ACCOUNT_LOCK_MINUTES.length - 1);
  return ACCOUNT_LOCK_MINUTES[step] * 60_000;
}

/**
 * Per-address window: this many sign-in attempts that did not succeed, from one address within
 * ADDRESS_WINDOW_MS, throttle the address. A throttled address may still sign in to accounts that
 * signed in from it before (known-good), so one guesser behind an office's NAT does not lock the
 * office out; other accounts are refused there without their password being checked.
 */
export const ADDRESS_MAX_ATTEMPTS = 20;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

/** How far back a successful sign-in from an address makes the account known-good there. */
export const KNOWN_GOOD_MS = 30 * 24 * 3600_000;
