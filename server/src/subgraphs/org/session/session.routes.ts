import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { SESSION_VERIFY_PATH, SESSION_VERIFY_PURPOSE, type SessionAnswer } from '../../../platform/auth/session';
import { INTERNAL_TOKEN_HEADER, verifyServiceToken } from '../../../platform/auth/tokens';
import type { AppConfig } from '../../../platform/config/config';
import { AppError } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import { checkSession } from './session.service';

/**
 * POST /internal/sessions/verify `{ "userId": "…", "sessionId": "…" }` → a SessionAnswer. Only
 * the gateway calls it, with a service token bound to this purpose, like the API-key check: the
 * gateway never reads org tables and the route is not part of the public schema.
 */
export function mountSessionVerification(app: Express, deps: { db: DataSource; config: AppConfig; log: Logger }): void {
  app.post(SESSION_VERIFY_PATH, express.json({ limit: '1kb' }), async (req, res) => {
    try {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      await verifyServiceToken(Array.isArray(header) ? header[0] : header, SESSION_VERIFY_PURPOSE, deps.config.internalSecret);
      const body = (req.body ?? {}) as { userId?: unknown; sessionId?: unknown };
      const answer: SessionAnswer =
        typeof body.userId === 'string' && typeof body.sessionId === 'string' && body.sessionId.length <= 36 && body.userId.length <= 36
          ? await checkSession(deps.db, body.userId, body.sessionId)
          : { valid: false, reason: 'UNKNOWN' };
      res.setHeader('cache-control', 'no-store');
      res.json(answer);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        res.status(401).json({ error: error.code });
        return;
      }
      deps.log.error({ err: error }, 'session verification failed');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
