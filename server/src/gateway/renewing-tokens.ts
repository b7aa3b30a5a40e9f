/**
 * Signed tokens reused per key until they are due for renewal (the gateway's internal tokens per
 * caller, its fetch token per secret: data-sources.ts). A token is signed on a miss and kept for
 * `reuseMs`, well inside its own life, so whoever receives one still has time to verify it. At
 * most `max` keys are kept: the one signed longest ago goes first. A failed signing keeps nothing.
 */
export class RenewingTokens {
  private readonly entries = new Map<string, { token: string; renewAt: number }>();

  constructor(
    private readonly reuseMs: number,
    private readonly max = Number.POSITIVE_INFINITY,
  ) {}

  /** The key's token while it is not due for renewal, otherwise a fresh one from `sign()`. */
  async get(key: string, sign: () => Promise<string>, now = Date.now()): Promise<string> {
    const cached = this.entries.get(key);
    if (cached && now < cached.renewAt) return cached.token;
    const token = await sign();
    // Map order is insertion order: a renewed key moves to the end, the first is the oldest.
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { token, renewAt: now + this.reuseMs });
    return token;
  }

  get size(): number {
    return this.entries.size;
  }
}
