import { API_KEY_VERIFY_PATH, API_KEY_VERIFY_PURPOSE, hashApiKey, invalidApiKey, looksLikeApiKey } from '../platform/auth/api-key';
import { appActor, INTERNAL_TOKEN_HEADER, signServiceToken, type ApiScope, type AppActor } from '../platform/auth/tokens';
import { AppError } from '../platform/errors/app-error';
import type { Logger } from '../platform/logging/logger';

interface VerifyAnswer {
  valid: boolean;
  client?: { id: string; name: string; provinceUnitId: string; scopes: ApiScope[] };
}

export interface ApiKeyVerifierOptions {
  /** The org subgraph's verification route, e.g. http://org:4001/internal/api-keys/verify. */
  verifyUrl: string;
  internalSecret: string;
  /** How long a positive answer is trusted; 0 asks the org subgraph on every request. */
  ttlMs: number;
  /** Bound of the cache (least recently used keys are dropped first). */
  maxEntries?: number;
  log: Logger;
}

/** The org subgraph's verification URL next to its /graphql endpoint. */
export function verifyUrlFor(orgGraphqlUrl: string): string {
  return orgGraphqlUrl.replace(/\/graphql\/?$/, '') + API_KEY_VERIFY_PATH;
}

/**
 * Turns an API key into an app actor. The gateway never reads org tables: it asks the org
 * subgraph (which owns ApiClient) over an internal route, and remembers positive answers for a
 * short time so a busy portal does not cost a database read per request. The cache is keyed by
 * the key's SHA-256, so raw keys do not linger in memory. Negative answers are not cached (a
 * fresh key must work at once); malformed keys are refused without any call. Concurrent first
 * requests with the same key share one verification.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { actor: AppActor; expiresAt: number }>();
  private readonly inFlight = new Map<string, Promise<AppActor | null>>();
  private readonly maxEntries: number;
  /** Counters for tests and operations: cache hits and calls to the org subgraph. */
  readonly stats = { hits: 0, lookups: 0 };

  constructor(private readonly options: ApiKeyVerifierOptions) {
    this.maxEntries = options.maxEntries ?? 1000;
  }

  async verify(key: string, now = Date.now()): Promise<AppActor> {
    if (!looksLikeApiKey(key)) throw invalidApiKey();
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > now) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.cache.delete(hash);
      this.cache.set(hash, cached);
      this.stats.hits++;
      return cached.actor;
    }
    if (cached) this.cache.delete(hash);
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = this.lookup(key).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, pending);
    }
    const actor = await pending;
    if (!actor) throw invalidApiKey();
    if (this.options.ttlMs > 0) {
      this.cache.set(hash, { actor, expiresAt: now + this.options.ttlMs });
      while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    }
    return actor;
  }

  private async lookup(key: string): Promise<AppActor | null> {
    this.stats.lookups++;
    let answer: VerifyAnswer;
    try {
      const res = await fetch(this.options.verifyUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: await signServiceToken(API_KEY_VERIFY_PURPOSE, this.options.internalSecret),
        },
        body: JSON.stringify({ key }),
      });
      if (!res.ok) throw new Error(`verification answered HTTP ${res.status}`);
      answer = (await res.json()) as VerifyAnswer;
    } catch (err) {
      // Never the key itself: only that the check could not be made.
      this.options.log.error({ err }, 'api key verification unavailable');
      throw new AppError('INTERNAL_SERVER_ERROR', {
        vi: 'Tạm thời không kiểm tra được khóa API, vui lòng thử lại sau.',
        en: 'The API key cannot be checked right now; please retry later.',
      });
    }
    return answer.valid && answer.client ? appActor(answer.client) : null;
  }
}
