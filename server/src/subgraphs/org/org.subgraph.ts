import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../platform/config/config';
import { openDatabase } from '../../platform/database/data-source';
import { buildFederatedSchema } from '../../platform/graphql/build-federated-schema';
import { COMMON_SCHEMA_OPTIONS } from '../../platform/graphql/schema-options';
import { startSubgraph, type RunningSubgraph } from '../../platform/http/subgraph-server';
import type { Logger } from '../../platform/logging/logger';
import { ApiClientEntity } from './api-client/api-client.entity';
import { ApiClientResolver } from './api-client/api-client.resolver';
import { mountApiKeyVerification } from './api-client/api-client.routes';
import { OrgAuditEventEntity } from './audit/org-audit-event.entity';
import { OrgAuditResolver } from './audit/org-audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { SignInAddressEntity } from './auth/sign-in-address.entity';
import { OrgInitial1764000000000 } from './migrations/1764000000000-org-initial';
import { OrgApiClients1764000005000 } from './migrations/1764000005000-org-api-clients';
import { OrgSessions1765001000000 } from './migrations/1765001000000-org-sessions';
import { OrgSignInAddress1766001000000 } from './migrations/1766001000000-org-sign-in-address';
import { OrgAudit1766001100000 } from './migrations/1766001100000-org-audit';
import { OrgUserEmail1767003100000 } from './migrations/1767003100000-org-user-email';
import type { OrgContext } from './org-context';
import { OrgUnitLinkEntity } from './org-unit/org-unit-link.entity';
import { OrgUnitEntity } from './org-unit/org-unit.entity';
import { createOrgLoaders } from './org-unit/org-unit.loaders';
import { OrgUnitResolver } from './org-unit/org-unit.resolver';
import { UserSessionEntity } from './session/session.entity';
import { SessionResolver } from './session/session.resolver';
import { mountSessionVerification } from './session/session.routes';
import { UnitImportResolver } from './unit-import/unit-import.resolver';
import { UserEntity } from './user/user.entity';
import { UserResolver } from './user/user.resolver';

export const ORG_ENTITIES = [
  OrgUnitEntity,
  OrgUnitLinkEntity,
  UserEntity,
  ApiClientEntity,
  UserSessionEntity,
  SignInAddressEntity,
  OrgAuditEventEntity,
];
export const ORG_MIGRATIONS = [
  OrgInitial1764000000000,
  OrgApiClients1764000005000,
  OrgSessions1765001000000,
  OrgSignInAddress1766001000000,
  OrgAudit1766001100000,
  OrgUserEmail1767003100000,
];

export function openOrgDatabase(url: string): Promise<DataSource> {
  return openDatabase({ url, entities: ORG_ENTITIES, migrations: ORG_MIGRATIONS, migrationsTableName: 'org_migrations' });
}

let schemaPromise: Promise<GraphQLSchema> | null = null;

/** type-graphql keeps global metadata, so the schema is built once per process. */
export function buildOrgSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildFederatedSchema(
    {
      ...COMMON_SCHEMA_OPTIONS,
      resolvers: [OrgUnitResolver, AuthResolver, UserResolver, UnitImportResolver, ApiClientResolver, SessionResolver, OrgAuditResolver],
    },
    {
      OrgUnit: {
        __resolveReference: (reference: { id: string }, ctx: OrgContext) => ctx.loaders.unitById.load(reference.id),
      },
    },
  );
  return schemaPromise;
}

export async function startOrgSubgraph(config: AppConfig, db: DataSource, log: Logger, port = config.orgPort): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'org',
    schema: await buildOrgSchema(),
    db,
    log,
    config,
    createLoaders: createOrgLoaders,
    // The gateway's API-key and session checks (not GraphQL: they must not appear in the public supergraph).
    extendApp: (app) => {
      mountApiKeyVerification(app, { db, config, log });
      mountSessionVerification(app, { db, config, log });
    },
    port,
    host: config.listenHost,
  });
}
