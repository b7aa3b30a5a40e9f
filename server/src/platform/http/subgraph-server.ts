import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { GraphQLError, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { RequestContext } from '../auth/request-context';
import { GATEWAY_FETCH_HEADER, INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, verifyInternalToken } from '../auth/tokens';
import { AppError, localeFromHeader } from '../errors/app-error';
import { localizeErrorsPlugin, maskUnexpectedError, toGraphQLError } from '../errors/graphql-errors';
import type { Logger } from '../logging/logger';
import { operationLogPlugin } from './operation-log-plugin';
import { federationFieldsGuard, isGatewayFetch } from './federation-guard';
import { GRAPHQL_BODY_LIMIT, jsonErrorHandler } from './json-error-handler';
import { securityHeaders } from './security-headers';
import { spliceRawJson } from './raw-json';
import { responseCacheOf, responseCachePlugin, notCacheable, type CachedRootField } from './response-cache';

export interface SubgraphOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  db: DataSource;
  log: Logger;
  config: AppConfig;
  createLoaders: (db: DataSource) => Loaders;
  /** Extra routes (e.g. file upload) mounted before /graphql. */
  extendApp?: (app: Express) => void;
  /** Root query fields whose serialised answers are kept (response-cache.ts). */
  cachedFields?: readonly CachedRootField<RequestContext<Loaders>>[];
}

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * A subgraph called in the gateway's own process (`main.js all`): the same Apollo pipeline as
 * over HTTP (plugins, error masking) without the 127.0.0.1 hop. `headers` carry what the HTTP call
 * would carry (lower-case names), above all the internal token, which the subgraph verifies
 * exactly as it does for HTTP: a call without a valid one is refused.
 */
export type LocalSubgraph = (
  request: GraphQLRequest,
  headers: Record<string, string>,
  options?: {
    /** The caller writes a RawJson's text itself (the gateway's pass-through): cached answers may come back as one. */
    acceptsRawJson?: boolean;
    /**
     * Only as a cached answer (the gateway's stored-answer path, gateway/stored-answers.ts): the
     * request is checked as ever (internal token, parsing, validation, the cache key for this
     * caller) and answered from the stored answer, or executed and stored now; a request that is
     * not cacheable answers NOT_CACHEABLE without running.
     */
    cacheableOnly?: boolean;
  },
) => Promise<FormattedExecutionResult>;

export interface RunningSubgraph extends RunningServer {
  local: LocalSubgraph;
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
    // One owner of SIGTERM/SIGINT: main.ts stops everything in order and closes the pools. Apollo's own
    // handler raced it and re-sent the signal, and on MySQL the process never exited.
    stopOnTerminationSignals: false,
    // Decided by the deployment, not by NODE_ENV (which `pnpm start` sets for the optimised runtime).
    introspection: !options.config.production,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No field sets cache hints: the per-field wrapper cost ~5 % of a large ranking for nothing.
      ApolloServerPluginCacheControlDisabled(),
      localizeErrorsPlugin(),
      operationLogPlugin(options.log),
      federationFieldsGuard(),
      ...(options.cachedFields?.length
        ? [responseCachePlugin(options.cachedFields, (ctx, field) => responseCacheOf(ctx.db, field.cache))]
        : []),
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  // A hash of every answer for nothing: GraphQL answers are POSTed and never revalidated.
  app.set('etag', false);
  app.use(securityHeaders());
  mountHealth(app, () => databaseIsReachable(options.db));
  options.extendApp?.(app);

  /** The request context from the caller's headers; refuses (UNAUTHENTICATED) without a valid internal token. */
  const contextFrom = async (
    header: (name: string) => string | undefined,
    acceptsRawJson: boolean,
    cacheableOnly = false,
  ): Promise<RequestContext<Loaders> & { acceptsRawJson: boolean; cacheableOnly: boolean }> => {
    const locale = localeFromHeader(header('accept-language'));
    try {
      const claims = await verifyInternalToken(header(INTERNAL_TOKEN_HEADER), options.config.internalSecret);
      // The gateway's internal token is reused across a caller's requests: the id is in its own header.
      const requestId = (header(REQUEST_ID_HEADER) ?? '').slice(0, 64) || claims.requestId || randomUUID();
      return {
        requestId,
        locale,
        actor: claims.actor,
        clientIp: claims.clientIp,
        db: options.db,
        config: options.config,
        log: options.log.child({ requestId }),
        loaders: options.createLoaders(options.db),
        gatewayFetch: await isGatewayFetch(header(GATEWAY_FETCH_HEADER), options.config.internalSecret),
        acceptsRawJson,
        cacheableOnly,
      };
    } catch (error) {
      if (error instanceof AppError) throw toGraphQLError(error, locale, true);
      throw error;
    }
  };

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    spliceRawJson(),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        contextFrom((name) => {
          const value = req.headers[name];
          return Array.isArray(value) ? value[0] : value;
        }, true),
    }),
    jsonErrorHandler((err) => options.log.error({ err }, `${options.name} request failed`)),
  );

  const local: LocalSubgraph = async (request, headers, localOptions) => {
    let contextValue: RequestContext<Loaders>;
    const cacheableOnly = localOptions?.cacheableOnly === true;
    // Nothing is cacheable in a subgraph without cached fields: never run such a request.
    if (cacheableOnly && !options.cachedFields?.length) return notCacheable();
    try {
      contextValue = await contextFrom((name) => headers[name], localOptions?.acceptsRawJson === true, cacheableOnly);
    } catch (error) {
      // What the HTTP path answers for a refused identity: the error alone, no data.
      if (error instanceof GraphQLError) return { errors: [maskUnexpectedError(error.toJSON())] };
      throw error;
    }
    const response = await apollo.executeOperation(request, { contextValue });
    if (response.body.kind !== 'single') throw new Error(`${options.name} subgraph answered incrementally in process`);
    return response.body.singleResult;
  };
  return { app, httpServer, apollo, local };
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

export async function startSubgraph<Loaders>(options: SubgraphOptions<Loaders> & { port: number; host: string }): Promise<RunningSubgraph> {
  const { httpServer, apollo, local } = await createSubgraphApp(options);
  // A gateway in another process keeps its sockets open between requests; the server must not
  // close an idle one first (Node's default is 5 s, a blocked event loop fires it late, and the
  // gateway then writes into a closed socket: ECONNRESET). The client's own idle limit is shorter.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const port = await listen(httpServer, options.port, options.host);
  options.log.info({ port }, `${options.name} subgraph listening`);
  return {
    port,
    url: `http://${options.host}:${port}/graphql`,
    // apollo.stop() drains the HTTP server: in-flight requests finish before it resolves.
    stop: () => apollo.stop(),
    local,
  };
}
