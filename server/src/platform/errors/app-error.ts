/** Stable codes clients switch on; messages are for people and may change. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface LocalizedMessage {
  vi: string;
  en: string;
}

/**
 * The one exception type services throw. It carries both languages so the transport layer
 * picks the caller's; services never import GraphQL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: LocalizedMessage,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messages.en);
    this.name = 'AppError';
  }

  /** graphql-js copies an original error's `extensions` onto the located error it wraps it in. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }

  message_(locale: Locale): string {
    return locale === 'en' ? this.messages.en : this.messages.vi;
  }
}

export type Locale = 'vi' | 'en';

export const badInput = (vi: string, en: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', { vi, en }, details);
export const unauthenticated = (
  vi = 'Bạn cần đăng nhập để thực hiện thao tác này.',
  en = 'You must sign in to do this.',
  details?: Record<string, unknown>,
) => new AppError('UNAUTHENTICATED', { vi, en }, details);
export const forbidden = (
  vi = 'Bạn không có quyền thực hiện thao tác này.',
  en = 'You are not allowed to do this.',
  details?: Record<string, unknown>,
) => new AppError('FORBIDDEN', { vi, en }, details);
export const notFound = (vi: string, en: string, details?: Record<string, unknown>) => new AppError('NOT_FOUND', { vi, en }, details);
export const conflict = (vi: string, en: string, details?: Record<string, unknown>) => new AppError('CONFLICT', { vi, en }, details);

export function localeFromHeader(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^\s*en\b/i.test(value) ? 'en' : 'vi';
}
