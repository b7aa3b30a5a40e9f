/**
 * API clients (ứng dụng khai thác) of a province, managed by its administrator, and the
 * verification of their keys for the gateway. The full key exists only in the createApiClient
 * answer: it is never stored (only its SHA-256) and never logged (log lines carry the client id,
 * name and the 8-character prefix).
 */
import { randomUUID } from 'node:crypto';
import { OrgAuditEntityType } from '../audit/org-audit-event.entity';
import { recordOrgAudit, type OrgAuditInput } from '../audit/org-audit.service';
import type { DataSource } from 'typeorm';
import { generateApiKey, hashApiKey, looksLikeApiKey } from '../../../platform/auth/api-key';
import { ApiScope } from '../../../platform/auth/tokens';
import { badInput, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import type { Logger } from '../../../platform/logging/logger';
import { requireProvinceAdmin } from '../admin-scope';
import type { OrgContext } from '../org-context';
import { ApiClientEntity } from './api-client.entity';
import type { CreateApiClientInput } from './api-client.types';

/** lastUsedAt is bookkeeping, not an audit trail: one write per key and minute at most. */
export const LAST_USED_RESOLUTION_MS = 60_000;

function cleanName(raw: string): string {
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) throw badInput('Tên ứng dụng không được để trống.', 'The app name must not be empty.', { argument: 'name' });
  if (value.length > 255) throw badInput('Tên ứng dụng quá dài (tối đa 255 ký tự).', 'The app name is too long.', { argument: 'name' });
  return value;
}

function cleanScopes(scopes: ApiScope[] | null | undefined): ApiScope[] {
  if (scopes === null || scopes === undefined) return [ApiScope.PUBLISHED_RESULTS];
  const unique = [...new Set(scopes)];
  if (unique.length === 0)
    throw badInput('Khóa API phải có ít nhất một phạm vi.', 'An API key needs at least one scope.', { argument: 'scopes' });
  return Object.values(ApiScope).filter((scope) => unique.includes(scope));
}

/** Apps of the administrator's province, newest first (revoked ones included, marked inactive). */
export async function listApiClients(ctx: OrgContext): Promise<ApiClientEntity[]> {
  const scope = requireProvinceAdmin(ctx);
  return ctx.db.getRepository(ApiClientEntity).find({ where: { provinceUnitId: scope.rootId }, order: { createdAt: 'DESC', id: 'ASC' } });
}

function clientAudit(client: Pick<ApiClientEntity, 'id' | 'name' | 'provinceUnitId'>, action: string): OrgAuditInput {
  return {
    provinceUnitId: client.provinceUnitId,
    entityType: OrgAuditEntityType.API_CLIENT,
    entityId: client.id,
    entityLabel: client.name,
    action,
  };
}

export async function createApiClient(ctx: OrgContext, input: CreateApiClientInput): Promise<{ client: ApiClientEntity; key: string }> {
  const scope = requireProvinceAdmin(ctx);
  const name = cleanName(input.name);
  const scopes = cleanScopes(input.scopes);
  const { key, keyPrefix, keyHash } = generateApiKey();
  const repo = ctx.db.getRepository(ApiClientEntity);
  const client = repo.create({
    id: randomUUID(),
    name,
    provinceUnitId: scope.rootId,
    keyPrefix,
    keyHash,
    scopes,
    active: true,
    createdBy: scope.actor.userId,
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
  });
  await ctx.db.transaction(async (em) => {
    await em.insert(ApiClientEntity, client);
    // The key itself is never recorded: its prefix identifies it.
    await recordOrgAudit(em, ctx, [{ ...clientAudit(client, 'CREATE'), after: { name, scopes, keyPrefix } }]);
  });
  ctx.log.info({ clientId: client.id, name, keyPrefix, scopes, by: scope.actor.userId }, 'api client created');
  return { client: await repo.findOneByOrFail({ id: client.id }), key };
}

/** Revoking is immediate in the database; a gateway that cached the key forgets it within its cache TTL. */
export async function revokeApiClient(ctx: OrgContext, id: string): Promise<ApiClientEntity> {
  const scope = requireProvinceAdmin(ctx);
  assertId(id, 'id', { vi: 'ứng dụng', en: 'app' });
  const repo = ctx.db.getRepository(ApiClientEntity);
  const client = await repo.findOneBy({ id });
  if (!client) throw notFound(`Không tìm thấy ứng dụng có mã định danh ${id}.`, `No app with id ${id}.`, { argument: 'id' });
  if (client.provinceUnitId !== scope.rootId)
    throw forbidden('Bạn chỉ quản lý được ứng dụng khai thác của tỉnh mình.', 'You can manage only the apps of your own province.');
  if (client.revokedAt) return client;
  await ctx.db.transaction(async (em) => {
    await em.update(ApiClientEntity, { id }, { active: false, revokedAt: new Date(), revokedBy: scope.actor.userId });
    await recordOrgAudit(em, ctx, [{ ...clientAudit(client, 'REVOKE'), before: { active: true }, after: { active: false } }]);
  });
  ctx.log.info({ clientId: id, keyPrefix: client.keyPrefix, by: scope.actor.userId }, 'api client revoked');
  return repo.findOneByOrFail({ id });
}

export interface VerifiedApiClient {
  id: string;
  name: string;
  provinceUnitId: string;
  scopes: ApiScope[];
}

/**
 * The gateway's question "whose key is this?": one indexed read by hash; null for anything but an
 * active key. Records lastUsedAt at most once a minute (the gateway's cache already spaces calls).
 */
export async function verifyApiKey(db: DataSource, log: Logger, key: string, now = new Date()): Promise<VerifiedApiClient | null> {
  if (!looksLikeApiKey(key)) return null;
  const repo = db.getRepository(ApiClientEntity);
  const client = await repo.findOneBy({ keyHash: hashApiKey(key) });
  if (!client || !client.active || client.revokedAt) return null;
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await repo
      .update({ id: client.id }, { lastUsedAt: now })
      .catch((err: unknown) => log.warn({ clientId: client.id, err }, 'lastUsedAt not recorded'));
  }
  return { id: client.id, name: client.name, provinceUnitId: client.provinceUnitId, scopes: client.scopes };
}
