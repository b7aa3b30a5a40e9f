import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'par-config-'));

describe('deployment vs optimised runtime', () => {
  it('pnpm start: NODE_ENV=production with DEPLOYMENT=local keeps the local defaults (generated secrets, loopback)', () => {
    const config = loadConfig({ NODE_ENV: 'production', DEPLOYMENT: 'local', DATA_DIR: dataDir() });
    expect(config.production).toBe(false);
    expect(config.listenHost).toBe('127.0.0.1');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.internalSecret).not.toBe(config.jwtSecret);
  });

  it('a production deployment requires its secrets and listens on every interface', () => {
    for (const env of [{ DEPLOYMENT: 'production' }, { NODE_ENV: 'production' }])
      expect(() => loadConfig({ ...env, DATA_DIR: dataDir() })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      DEPLOYMENT: 'production',
      JWT_SECRET: 'j'.repeat(32),
      INTERNAL_TOKEN_SECRET: 'i'.repeat(32),
      DATA_DIR: dataDir(),
    });
    expect(config.production).toBe(true);
    expect(config.listenHost).toBe('0.0.0.0');
  });

  it('refuses an unknown deployment', () => {
    expect(() => loadConfig({ DEPLOYMENT: 'staging', DATA_DIR: dataDir() })).toThrow(/DEPLOYMENT/);
  });
});
