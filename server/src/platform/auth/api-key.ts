import { createHash, randomBytes } from 'node:crypto';
import { unauthenticated, type AppError } from '../errors/app-error';

/**
 * API keys of external apps (ứng dụng khai thác).
 *
 * A key is 32 random bytes, base64url (43 characters): 256 bits of entropy. Only its SHA-256 is
 * stored. A fast hash is right here, unlike for passwords: a password is guessable, so its hash
 * must be slow (scrypt) to make each guess expensive; a 256-bit random key has no dictionary to
 * guess from, so a slow KDF would only cost every request time without adding security. The hash
 * is unsalted and deterministic on purpose: it is the lookup key (a unique index), so verifying
 * is one indexed read, never a scan comparing against every stored hash.
 */
export const API_KEY_BYTES = 32;
/** Shown in lists so an administrator can tell keys apart; 8 of 43 characters reveal nothing useful. */
export const API_KEY_PREFIX_LENGTH = 8;
const API_KEY_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function generateApiKey(): { key: string; keyPrefix: string; keyHash: string } {
  const key = randomBytes(API_KEY_BYTES).toString('base64url');
  return { key, keyPrefix: key.slice(0, API_KEY_PREFIX_LENGTH), keyHash: hashApiKey(key) };
}

/** Hex SHA-256 (64 characters). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Cheap shape check: anything else is refused without a database lookup. */
export function looksLikeApiKey(key: string): boolean {
  return API_KEY_FORMAT.test(key);
}

export function invalidApiKey(): AppError {
  return unauthenticated('Khóa API không hợp lệ hoặc đã bị thu hồi.', 'The API key is invalid or has been revoked.');
}

/** Headers an app may send its key in: `X-Api-Key: <key>` or `Authorization: ApiKey <key>`. */
export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_VERIFY_PURPOSE = 'api-key-verify';
export const API_KEY_VERIFY_PATH = '/internal/api-keys/verify';
