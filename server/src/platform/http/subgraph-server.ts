import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { RequestContext } from '../auth/request-context';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, verifyInternalToken } from '../auth/tokens';
import { AppError, localeFromHeader } from '../errors/app-error';
import { localizeErrorsPlugin, maskUnexpectedError, toGraphQLError } from '../errors/graphql-errors';
import type { Logger } from '../logging/logger';
import { operationLogPlugin } from './operation-log-plugin';

export interface SubgraphOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  db: DataSource;
  log: Logger;
  config: AppConfig;
  createLoaders: (db: DataSource) => Loaders;
  /** Extra routes (e.g. file upload) mounted before /graphql. */
  extendApp?: (app: Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Health endpoints shared by the gateway and the subgraphs. */
export function mountHealth(app: Express, isReady: () => Promise<boolean>): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
}

export async function databaseIsReachable(db: DataSource): Promise<boolean> {
  if (!db.isInitialized) return false;
  await db.query('SELECT 1');
  return true;
}

/**
 * Builds (without listening) the HTTP app of a subgraph. The subgraph trusts nobody: every
 * GraphQL request must carry an internal token minted by the gateway.
 */
export async function createSubgraphApp<Loaders>(options: SubgraphOptions<Loaders>) {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      localizeErrorsPlugin(),
      operationLogPlugin(options.log),
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  mountHealth(app, () => databaseIsReachable(options.db));
  options.extendApp?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const locale = localeFromHeader(req.headers['accept-language']);
        const headerToken = req.headers[INTERNAL_TOKEN_HEADER];
        try {
          const claims = await verifyInternalToken(
            Array.isArray(headerToken) ? headerToken[0] : headerToken,
            options.config.internalSecret,
          );
          const requestId = claims.requestId || String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
          return {
            requestId,
            locale,
            actor: claims.actor,
            clientIp: claims.clientIp,
            db: options.db,
            config: options.config,
            log: options.log.child({ requestId }),
            loaders: options.createLoaders(options.db),
          };
        } catch (error) {
          if (error instanceof AppError) throw toGraphQLError(error, locale, true);
          throw error;
        }
      },
    }),
  );
  return { app, httpServer, apollo };
}

export function listen(httpServer: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export async function startSubgraph<Loaders>(options: SubgraphOptions<Loaders> & { port: number; host: string }): Promise<RunningServer> {
  const { httpServer, apollo } = await createSubgraphApp(options);
  const port = await listen(httpServer, options.port, options.host);
  options.log.info({ port }, `${options.name} subgraph listening`);
  return {
    port,
    url: `http://${options.host}:${port}/graphql`,
    // apollo.stop() drains the HTTP server: in-flight requests finish before it resolves.
    stop: () => apollo.stop(),
  };
}
