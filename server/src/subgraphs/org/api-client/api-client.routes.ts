import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { API_KEY_VERIFY_PATH, API_KEY_VERIFY_PURPOSE } from '../../../platform/auth/api-key';
import { INTERNAL_TOKEN_HEADER, verifyServiceToken } from '../../../platform/auth/tokens';
import type { AppConfig } from '../../../platform/config/config';
import { AppError } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import { verifyApiKey } from './api-client.service';

/**
 * POST /internal/api-keys/verify `{ "key": "…" }` → `{ "valid": true, "client": {…} }` or
 * `{ "valid": false }`. Only the gateway calls it, with a service token bound to this purpose
 * (same secret as the internal tokens, another audience): the gateway never reads org tables,
 * and the route stays out of the public GraphQL schema and the supergraph.
 */
export function mountApiKeyVerification(app: Express, deps: { db: DataSource; config: AppConfig; log: Logger }): void {
  app.post(API_KEY_VERIFY_PATH, express.json({ limit: '1kb' }), async (req, res) => {
    try {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      await verifyServiceToken(Array.isArray(header) ? header[0] : header, API_KEY_VERIFY_PURPOSE, deps.config.internalSecret);
      const key = (req.body as { key?: unknown } | undefined)?.key;
      const client = typeof key === 'string' ? await verifyApiKey(deps.db, deps.log, key) : null;
      res.setHeader('cache-control', 'no-store');
      res.json(client ? { valid: true, client } : { valid: false });
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        res.status(401).json({ error: error.code });
        return;
      }
      deps.log.error({ err: error }, 'api key verification failed');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
