import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  ANONYMOUS,
  GATEWAY_FETCH_HEADER,
  GATEWAY_FETCH_PURPOSE,
  INTERNAL_TOKEN_HEADER,
  REQUEST_ID_HEADER,
  signInternalToken,
  signServiceToken,
  type Actor,
} from '../platform/auth/tokens';
import type { FormattedExecutionResult } from 'graphql';
import type { Locale } from '../platform/errors/app-error';
import type { LocalSubgraph } from '../platform/http/subgraph-server';
import { RenewingTokens } from './renewing-tokens';

/** Marks a data source call made by the gateway's pass-through (pass-through.ts): the answer goes to the client as is. */
export const PASS_THROUGH = Symbol('par.passThrough');

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** What the gateway knows about the caller (the gateway's request context). */
export interface CallerContext {
  requestId: string;
  locale: Locale;
  actor: Actor;
  clientIp: string;
  /** How the caller identified: the admin's session cookie runs trusted documents only (trusted-documents.ts). */
  channel?: 'cookie' | 'bearer' | 'apiKey' | 'none';
}

/**
 * The headers every gateway → subgraph call carries: the verified identity as a short-lived
 * internal token the subgraph verifies itself (internalTokenFor), the request id and the caller's
 * language.
 */
export async function internalHeaders(context: unknown, internalSecret: string): Promise<Record<string, string>> {
  const ctx = (context ?? {}) as Partial<CallerContext>;
  const requestId = ctx.requestId ?? randomUUID();
  const token = await internalTokenFor(ctx.actor ?? ANONYMOUS, ctx.clientIp ?? '', internalSecret);
  return {
    [INTERNAL_TOKEN_HEADER]: token,
    [GATEWAY_FETCH_HEADER]: await gatewayFetchToken(internalSecret),
    [REQUEST_ID_HEADER]: requestId,
    'accept-language': ctx.locale ?? 'vi',
  };
}

/** Reused for half of an internal token's 60 s life: whoever receives one has at least 30 s to verify it. */
const INTERNAL_TOKEN_REUSE_MS = 30_000;
const MAX_INTERNAL_TOKENS = 10_000;
const internalTokens = new Map<string, RenewingTokens>();

/**
 * The internal token for a caller the gateway has just identified, signed once and reused for
 * his next requests (issue 9: signing was a fixed cost of every request). It names exactly what a
 * per-request token would: the actor as established now (user, roles, unit, session; or the app)
 * and the client's address — any change of these is another token. The request id travels in its
 * own header. Reuse adds no power: a token was always valid for 60 s and any number of calls, and
 * the gateway only sends it after the session (or API key) check of this very request passed — a
 * revoked session or disabled user is refused there before a cached token is looked at.
 */
export async function internalTokenFor(actor: Actor, clientIp: string, internalSecret: string, now = Date.now()): Promise<string> {
  let bySecret = internalTokens.get(internalSecret);
  if (!bySecret) internalTokens.set(internalSecret, (bySecret = new RenewingTokens(INTERNAL_TOKEN_REUSE_MS, MAX_INTERNAL_TOKENS)));
  return bySecret.get(JSON.stringify([actor, clientIp]), () => signInternalToken({ actor, requestId: '', clientIp }, internalSecret), now);
}

const fetchTokens = new RenewingTokens(30_000);

/**
 * The gateway's own service token on its query-plan fetches (not on the /files proxy): subgraphs
 * answer `_service`/`_entities` only with it. One per secret, renewed well inside its 60 s life.
 */
function gatewayFetchToken(internalSecret: string): Promise<string> {
  return fetchTokens.get(internalSecret, () => signServiceToken(GATEWAY_FETCH_PURPOSE, internalSecret));
}

/** Socket-level failures after which the subgraph cannot have run the request. */
const RETRYABLE = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET']);

function retryable(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return RETRYABLE.has(String((error as { code?: string })?.code)) || RETRYABLE.has(String(cause?.code));
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Node's fetch (undici) rather than the default fetcher: the default one's keep-alive sockets
 * were reset after idle periods (federation#2313). A query whose connection was reset before an
 * answer is sent once more on a fresh one; a mutation never is (it may have run).
 */
export const retryingFetch: Fetcher = (async (url: string, init: { body?: string }) => {
  const call = () => (globalThis.fetch as unknown as Fetcher)(url, init as never);
  try {
    return await call();
  } catch (error) {
    const mutation = typeof init.body === 'string' && /^\{"query":"\s*mutation\b/.test(init.body);
    if (mutation || !retryable(error)) throw error;
    return call();
  }
}) as unknown as Fetcher;

/** A subgraph in another process (docker compose), over HTTP with keep-alive. */
export class HttpSubgraphDataSource extends RemoteGraphQLDataSource<CallerContext> {
  constructor(
    url: string,
    private readonly internalSecret: string,
  ) {
    super({ url, fetcher: retryingFetch });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<CallerContext>): Promise<void> {
    for (const [name, value] of Object.entries(await internalHeaders(context, this.internalSecret))) request.http?.headers.set(name, value);
  }
}

/**
 * A subgraph in the gateway's own process (`pnpm start`): no 127.0.0.1 hop, no JSON in between.
 * The call carries the same internal token as over HTTP and the subgraph verifies it.
 */
export class InProcessDataSource implements GraphQLDataSource<CallerContext> {
  constructor(
    private readonly subgraph: LocalSubgraph,
    private readonly internalSecret: string,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<CallerContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const { query, variables, operationName, extensions } = request;
    const result = await this.subgraph(
      { query, variables, operationName, extensions },
      await internalHeaders(context, this.internalSecret),
      {
        // The pass-through hands the subgraph's data straight to the HTTP answer, which splices a cached RawJson.
        acceptsRawJson: (options as { [PASS_THROUGH]?: boolean })[PASS_THROUGH] === true,
      },
    );
    return result as GatewayGraphQLResponse;
  }

  /**
   * A request the pass-through would send here whole, answered only as a cached answer (stored,
   * or built and stored now), or NOT_CACHEABLE (nothing executed): the same request and internal
   * headers as process() (a StoredAnswerSource, stored-answers.ts).
   */
  async storedAnswer(
    request: { query: string; variables?: Record<string, unknown>; operationName?: string },
    context: CallerContext,
  ): Promise<FormattedExecutionResult> {
    const { query, variables, operationName } = request;
    return this.subgraph({ query, variables, operationName }, await internalHeaders(context, this.internalSecret), {
      acceptsRawJson: true,
      cacheableOnly: true,
    });
  }
}
