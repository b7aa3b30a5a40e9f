import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { API_KEY_HEADER } from '../platform/auth/api-key';
import type { AppConfig } from '../platform/config/config';
import { REPO_ROOT } from '../platform/config/config';
import { REQUEST_ID_HEADER, verifyUserToken, type Actor } from '../platform/auth/tokens';
import { AppError, localeFromHeader } from '../platform/errors/app-error';
import { toGraphQLError } from '../platform/errors/graphql-errors';
import { listen, mountHealth, type LocalSubgraph, type RunningServer } from '../platform/http/subgraph-server';
import { operationLogPlugin } from '../platform/http/operation-log-plugin';
import type { Logger } from '../platform/logging/logger';
import { ApiKeyVerifier, verifyUrlFor } from './api-key-verifier';
import { HttpSubgraphDataSource, InProcessDataSource, type CallerContext } from './data-sources';
import { appAccessPlugin } from './app-access';
import { MAX_QUERY_COST, QueryCostCache } from './query-cost';
import { TokenBucketLimiter } from './rate-limit';
import { compressResponses, hasAdminBuild, mountAdminAssets, negotiateEncoding } from './http-compression';
import { spliceRawJson } from '../platform/http/raw-json';
import { cookieActor, mountBrowserSession, sessionEndingPlugin } from './browser-session';
import { SessionVerifier, sessionVerifyUrlFor } from './session-verifier';
import { fileProxy } from './file-proxy';
import { PassThroughGateway } from './pass-through';
import { STORED_ANSWER_LEARNING, StoredAnswers } from './stored-answers';
import { fillPersistedDocuments, TrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';
import { clientErrorStatusPlugin, formatGatewayError, literalValuesRule, variablesGuardPlugin } from './request-guards';
import { GRAPHQL_BODY_LIMIT, jsonErrorHandler } from '../platform/http/json-error-handler';
import { answerUnknownPaths } from './unknown-paths';
import { gatewayCsp, securityHeaders } from '../platform/http/security-headers';

export type GatewayContext = CallerContext;

/** Tokens in one operation: generous for the admin's largest document, small enough to parse in microseconds. */
const MAX_TOKENS = 5000;

export const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

/**
 * Who is calling: a user (`Authorization: Bearer <JWT>`, or the admin's session cookie; either way
 * the session is checked, see SessionVerifier), an external app (`X-Api-Key: <key>` or
 * `Authorization: ApiKey <key>`, checked by the org subgraph and cached), or nobody.
 */
interface Verifiers {
  config: AppConfig;
  apiKeys: ApiKeyVerifier;
  sessions: SessionVerifier;
}

async function actorFromRequest(req: Request, res: Response, verifiers: Verifiers, options: { allowGet: boolean }): Promise<Actor> {
  return (await callerFromRequest(req, res, verifiers, options)).actor;
}

async function callerFromRequest(
  req: Request,
  res: Response,
  verifiers: Verifiers,
  options: { allowGet: boolean },
): Promise<{ actor: Actor; channel: NonNullable<CallerContext['channel']> }> {
  const { config, apiKeys, sessions } = verifiers;
  const header = req.headers.authorization;
  const apiKeyHeader = req.headers[API_KEY_HEADER];
  const headerKey = Array.isArray(apiKeyHeader) ? apiKeyHeader[0] : apiKeyHeader;
  if (headerKey !== undefined) {
    if (header)
      throw new AppError('UNAUTHENTICATED', {
        vi: 'Chỉ gửi một trong hai: mã đăng nhập (Authorization) hoặc khóa API (X-Api-Key).',
        en: 'Send either a sign-in token (Authorization) or an API key (X-Api-Key), not both.',
      });
    return { actor: await apiKeys.verify(headerKey.trim(), Date.now(), req.ip ?? ''), channel: 'apiKey' };
  }
  // The admin in a browser: the session cookie, checked with its CSRF header (browser-session.ts).
  if (!header) {
    const actor = await cookieActor(req, res, { config, sessions }, options);
    return { actor, channel: actor.kind === 'user' ? 'cookie' : 'none' };
  }
  const apiKey = /^ApiKey\s+(\S+)\s*$/i.exec(header);
  if (apiKey) return { actor: await apiKeys.verify(apiKey[1], Date.now(), req.ip ?? ''), channel: 'apiKey' };
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match)
    throw new AppError('UNAUTHENTICATED', {
      vi: 'Tiêu đề Authorization không hợp lệ (dùng "Bearer <mã đăng nhập>" hoặc "ApiKey <khóa API>").',
      en: 'Malformed Authorization header (use "Bearer <token>" or "ApiKey <key>").',
    });
  return { actor: await sessions.verify(await verifyUserToken(match[1], config.jwtSecret)), channel: 'bearer' };
}

/** One app must not crowd out the others: a token bucket per key (429 TOO_MANY_REQUESTS). */
function enforceRateLimit(actor: Actor, limiter: TokenBucketLimiter, res: Response): void {
  if (actor.kind !== 'app') return;
  const decision = limiter.take(actor.clientId);
  if (decision.allowed) return;
  res.setHeader('retry-after', String(decision.retryAfterSeconds));
  throw new AppError(
    'TOO_MANY_REQUESTS',
    {
      vi: `Ứng dụng đã gửi quá nhiều yêu cầu; vui lòng thử lại sau ${decision.retryAfterSeconds} giây.`,
      en: `Too many requests from this app; retry in ${decision.retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds: decision.retryAfterSeconds },
  );
}

export function costLimitPlugin(getSchema: () => GraphQLSchema | null, costs = new QueryCostCache()): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const schema = getSchema();
          if (!schema) return;
          let cost: number;
          try {
            cost = costs.cost(schema, document, request.variables);
          } catch (error) {
            // The cost needs the variables' values: a missing or mistyped variable is the caller's
            // mistake (BAD_USER_INPUT, 400), not an internal error of this plugin.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(
              contextValue.locale === 'en'
                ? `Invalid variables: ${error.message}`
                : `Biến của truy vấn không hợp lệ (thiếu hoặc sai kiểu): ${error.message}`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
          if (cost > MAX_QUERY_COST)
            throw new GraphQLError(
              contextValue.locale === 'en'
                ? `Query too expensive (cost ${cost}, limit ${MAX_QUERY_COST}); request smaller pages.`
                : `Truy vấn quá lớn (chi phí ${cost}, giới hạn ${MAX_QUERY_COST}); hãy yêu cầu trang nhỏ hơn.`,
              { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: MAX_QUERY_COST, http: { status: 400 } } },
            );
        },
      };
    },
  };
}

function requestIdOf(req: Request): string {
  return String(req.headers[REQUEST_ID_HEADER] ?? randomUUID()).slice(0, 64);
}

export interface GatewayOptions {
  config: AppConfig;
  log: Logger;
  subgraphUrls: Record<string, string>;
  /**
   * Subgraphs running in this process (`main.js all`): GraphQL goes to them in process; their URLs
   * still serve /files, the API-key check and readiness.
   */
  localSubgraphs?: Record<string, LocalSubgraph>;
  port?: number;
  /** Probes the subgraphs for /readyz; defaults to their /readyz endpoints. */
  supergraphSdl?: string;
  /** The admin's documents, the only ones its cookie sessions may run (default: the codegen manifest). */
  trustedDocuments?: TrustedDocuments;
}

/** Serves /graphql (federated), /files (proxied to scoring), /healthz, /readyz and the built admin. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config, log } = options;
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8');
  const trusted = options.trustedDocuments ?? TrustedDocuments.fromFile();
  let apiSchema: GraphQLSchema | null = null;
  const gateway = new PassThroughGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      const local = options.localSubgraphs?.[name];
      if (local) return new InProcessDataSource(local, config.internalSecret);
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new HttpSubgraphDataSource(url, config.internalSecret);
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const apiKeys = new ApiKeyVerifier({
    verifyUrl: verifyUrlFor(options.subgraphUrls.org ?? config.orgUrl),
    internalSecret: config.internalSecret,
    ttlMs: config.apiKeyCacheSeconds * 1000,
    log,
  });
  const limiter = new TokenBucketLimiter(config.apiKeyRateLimitPerMinute);
  const sessions = new SessionVerifier({
    verifyUrl: sessionVerifyUrlFor(options.subgraphUrls.org ?? config.orgUrl),
    internalSecret: config.internalSecret,
    ttlMs: config.sessionCacheSeconds * 1000,
    log,
  });
  const verifiers: Verifiers = { config, apiKeys, sessions };
  /**
   * Who is calling, with the app's rate limit taken: once per request, whichever of the
   * stored-answer path and the GraphQL handler asks first (a refusal is the same refusal for both).
   */
  const callers = new WeakMap<Request, Promise<{ actor: Actor; channel: NonNullable<CallerContext['channel']> }>>();
  const identify = (req: Request, res: Response) => {
    let caller = callers.get(req);
    if (!caller) {
      caller = callerFromRequest(req, res, verifiers, { allowGet: false }).then((found) => {
        enforceRateLimit(found.actor, limiter, res);
        return found;
      });
      callers.set(req, caller);
    }
    return caller;
  };
  const storedAnswers = new StoredAnswers({
    identify,
    sourceFor: (service) => gateway.storedAnswerSource(service),
    requestIdOf,
    localeOf: (req) => localeFromHeader(req.headers['accept-language']),
    log,
  });
  gateway.onSchemaLoadOrUpdate(() => storedAnswers.clear());

  const app = express();
  app.disable('x-powered-by');
  // A hash of every answer for nothing: GraphQL answers are POSTed and never revalidated (the admin's assets set their own).
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders({ csp: gatewayCsp }));
  const httpServer = http.createServer(app);
  // Clients (a reverse proxy, browsers, API apps, the bench's fetch) keep sockets open between
  // requests: Node's 5 s idle limit, fired late while the event loop is busy with a long request,
  // closed sockets they were writing into (ECONNRESET under load, as between gateway and subgraphs).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    // graphql-js's own parser limit (parseOptions below): Armor's throws from a plugin hook, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 30 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // One owner of SIGTERM/SIGINT: main.ts stops everything in order and closes the pools. Apollo's own
    // handler raced it and re-sent the signal, and on MySQL the process never exited.
    stopOnTerminationSignals: false,
    // Decided by the deployment, not by NODE_ENV (which `pnpm start` sets for the optimised runtime).
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: formatGatewayError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...protection.plugins,
      trustedDocumentsPlugin(trusted),
      variablesGuardPlugin(() => apiSchema),
      appAccessPlugin(() => apiSchema),
      costLimitPlugin(() => apiSchema),
      clientErrorStatusPlugin(),
      operationLogPlugin(log),
      sessionEndingPlugin(sessions),
      storedAnswers.plugin(),
    ],
    validationRules: [...protection.validationRules, literalValuesRule],
  });
  await apollo.start();

  const subgraphReady = async () => {
    const results = await Promise.all(
      Object.values(options.subgraphUrls).map((url) =>
        fetch(url.replace(/\/graphql$/, '/readyz'))
          .then((res) => res.ok)
          .catch(() => false),
      ),
    );
    return apiSchema !== null && results.every(Boolean);
  };
  mountHealth(app, subgraphReady);
  // Every text answer (GraphQL, the admin's HTML, JS, CSS) goes out brotli- or gzip-compressed.
  app.use(compressResponses());

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    fillPersistedDocuments(trusted),
    // Cached answers from the pass-through: their text spliced in, or their compressed bytes sent as they are.
    spliceRawJson({ encodingFor: (req) => negotiateEncoding(req.headers['accept-encoding']) }),
    // A request answered before from a subgraph's stored answer, for a caller of the same kind: stored-answers.ts.
    storedAnswers.middleware(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const locale = localeFromHeader(req.headers['accept-language']);
        const requestId = requestIdOf(req);
        try {
          const { actor, channel } = await identify(req, res);
          return { requestId, locale, actor, channel, clientIp: req.ip ?? '', [STORED_ANSWER_LEARNING]: storedAnswers.learningFor(req) };
        } catch (error) {
          if (error instanceof AppError) throw toGraphQLError(error, locale, true);
          throw error;
        }
      },
    }),
    jsonErrorHandler((err) => log.error({ err }, 'gateway request failed')),
  );

  mountBrowserSession(app, apollo, { config, sessions, requestId: requestIdOf });

  const scoringBase = options.subgraphUrls.scoring?.replace(/\/graphql$/, '') ?? '';
  app.use(
    '/files',
    fileProxy({
      scoringBase,
      internalSecret: config.internalSecret,
      log,
      identify: (req, res) => actorFromRequest(req, res, verifiers, { allowGet: true }),
    }),
  );

  // The admin SPA: static assets plus history-mode fallback to index.html for its routes (admin-paths.ts).
  // Hashed assets are immutable for a year; index.html is revalidated on every load.
  if (hasAdminBuild(config.adminDistDir)) {
    mountAdminAssets(app, config.adminDistDir);
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Admin chưa được build (admin/dist). Run "pnpm build". GraphQL: /graphql');
    });
  }
  // What nothing above answered: 405 with Allow for a gateway route asked with another method, else a coded 404.
  answerUnknownPaths(app);

  const port = await listen(httpServer, options.port ?? config.gatewayPort, config.listenHost);
  log.info({ port }, 'gateway listening');
  return {
    port,
    url: `http://${config.listenHost === '0.0.0.0' ? '127.0.0.1' : config.listenHost}:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}
