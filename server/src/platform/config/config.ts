import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Repository root: server/src/platform/config → ../../../.. (also valid from server/dist/platform/config). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export interface AppConfig {
  /** `sqlite:<file>` (default, embedded) or `mysql://user:pass@host:port/db`. */
  databaseUrl: string;
  gatewayPort: number;
  orgPort: number;
  scoringPort: number;
  /** Host the subgraphs listen on; the gateway reaches them at `subgraphHost`. */
  listenHost: string;
  orgUrl: string;
  scoringUrl: string;
  jwtSecret: string;
  /** Secret for the short-lived tokens the gateway mints for subgraphs. */
  internalSecret: string;
  jwtTtlSeconds: number;
  dataDir: string;
  uploadDir: string;
  uploadMaxBytes: number;
  /** Evidence each assessed unit may upload per calendar year (bytes, files); refused past it. */
  uploadQuotaBytesPerUnitYear: number;
  uploadQuotaFilesPerUnitYear: number;
  /** How often files never attached to a sheet are looked for (removed a day after upload); 0 = never. */
  evidenceSweepIntervalMs: number;
  adminDistDir: string;
  logLevel: string;
  /**
   * A production deployment (DEPLOYMENT=production, or NODE_ENV=production without DEPLOYMENT):
   * secrets required, listens on 0.0.0.0, no introspection. Separate from NODE_ENV, which only
   * selects the optimised runtime (graphql-js without its development checks): `pnpm start` runs
   * optimised with the local defaults.
   */
  production: boolean;
  demoSeed: boolean;
  /** How long the gateway trusts a verified API key before asking the org subgraph again (0: never cache). */
  apiKeyCacheSeconds: number;
  /** Requests per minute one API key may make (token bucket at the gateway; bursts up to the same number). */
  apiKeyRateLimitPerMinute: number;
  /**
   * How long a gateway process trusts a checked sign-in session before asking the org subgraph
   * again: the longest a disabled, demoted or signed-out user keeps his power (0: check every request).
   */
  sessionCacheSeconds: number;
  /**
   * E-mail copies of notifications (optional, off by default): an SMTP server from SMTP_URL
   * (smtp://user:pass@host:port, smtps://…) or SMTP_HOST/SMTP_PORT, sender SMTP_FROM. Null: no
   * mail is queued or attempted.
   */
  smtp: SmtpConfig | null;
}

export interface SmtpConfig {
  url: string;
  from: string;
  /** How often the sender looks for queued mail. */
  intervalMs: number;
  /** Attempts before a message is given up (FAILED), with doubling waits from `retryBaseMs`. */
  maxAttempts: number;
  retryBaseMs: number;
  /** The admin's address, for links in the message (e.g. https://cchc.quangninh.gov.vn). */
  publicUrl: string | null;
}

function smtpFromEnv(env: NodeJS.ProcessEnv): SmtpConfig | null {
  let url = env.SMTP_URL ?? '';
  if (!url && env.SMTP_HOST) url = `smtp://${env.SMTP_HOST}:${env.SMTP_PORT ?? '25'}`;
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  return {
    url,
    from: env.SMTP_FROM ?? 'Chỉ số CCHC <no-reply@localhost>',
    intervalMs: intFromEnv('SMTP_SEND_INTERVAL_SECONDS', 30) * 1000,
    maxAttempts: Math.max(1, intFromEnv('SMTP_MAX_ATTEMPTS', 6)),
    retryBaseMs: intFromEnv('SMTP_RETRY_BASE_SECONDS', 60) * 1000,
    publicUrl: env.PUBLIC_URL ?? null,
  };
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Environment variable ${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/**
 * Secrets: required in production; on a developer machine they are generated once and kept
 * in the data directory so tokens survive restarts without any set-up.
 */
function loadOrCreateSecrets(dataDir: string, production: boolean, env: NodeJS.ProcessEnv): { jwtSecret: string; internalSecret: string } {
  const fromEnv = { jwtSecret: env.JWT_SECRET ?? '', internalSecret: env.INTERNAL_TOKEN_SECRET ?? '' };
  if (fromEnv.jwtSecret && fromEnv.internalSecret) return fromEnv;
  if (production) throw new Error('JWT_SECRET and INTERNAL_TOKEN_SECRET must be set in production (DEPLOYMENT=production)');
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; internalSecret: string };
    return { jwtSecret: fromEnv.jwtSecret || stored.jwtSecret, internalSecret: fromEnv.internalSecret || stored.internalSecret };
  }
  const created = { jwtSecret: randomBytes(32).toString('base64url'), internalSecret: randomBytes(32).toString('base64url') };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
  return { jwtSecret: fromEnv.jwtSecret || created.jwtSecret, internalSecret: fromEnv.internalSecret || created.internalSecret };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const deployment = env.DEPLOYMENT ?? (env.NODE_ENV === 'production' ? 'production' : 'local');
  if (deployment !== 'production' && deployment !== 'local') throw new Error(`DEPLOYMENT must be production or local, got "${deployment}"`);
  const production = deployment === 'production';
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const databaseUrl = env.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'par-index.sqlite')}`;
  if (!/^(sqlite:|mysql:\/\/)/.test(databaseUrl)) throw new Error('DATABASE_URL must start with sqlite: or mysql://');
  const gatewayPort = intFromEnv('PORT', 4000);
  const orgPort = intFromEnv('ORG_PORT', 4001);
  const scoringPort = intFromEnv('SCORING_PORT', 4002);
  const subgraphHost = env.SUBGRAPH_HOST ?? '127.0.0.1';
  const secrets = loadOrCreateSecrets(dataDir, production, env);
  return {
    databaseUrl,
    gatewayPort,
    orgPort,
    scoringPort,
    listenHost: env.LISTEN_HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    orgUrl: env.ORG_URL ?? `http://${subgraphHost}:${orgPort}/graphql`,
    scoringUrl: env.SCORING_URL ?? `http://${subgraphHost}:${scoringPort}/graphql`,
    jwtSecret: secrets.jwtSecret,
    internalSecret: secrets.internalSecret,
    jwtTtlSeconds: intFromEnv('JWT_TTL_SECONDS', 8 * 3600),
    dataDir,
    uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(dataDir, 'uploads')),
    uploadMaxBytes: intFromEnv('UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    uploadQuotaBytesPerUnitYear: intFromEnv('UPLOAD_QUOTA_MB_PER_UNIT_YEAR', 2048) * 1024 * 1024,
    uploadQuotaFilesPerUnitYear: intFromEnv('UPLOAD_QUOTA_FILES_PER_UNIT_YEAR', 5000),
    evidenceSweepIntervalMs: intFromEnv('EVIDENCE_SWEEP_INTERVAL_SECONDS', 3600) * 1000,
    adminDistDir: path.resolve(env.ADMIN_DIST_DIR ?? path.join(REPO_ROOT, 'admin', 'dist')),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    production,
    demoSeed: env.DEMO_SEED !== 'false',
    apiKeyCacheSeconds: intFromEnv('API_KEY_CACHE_SECONDS', 60),
    apiKeyRateLimitPerMinute: intFromEnv('API_KEY_RATE_LIMIT_PER_MINUTE', 600),
    sessionCacheSeconds: intFromEnv('SESSION_CACHE_SECONDS', 5),
    smtp: smtpFromEnv(env),
  };
}
