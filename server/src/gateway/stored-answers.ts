/**
 * The gateway's stored-answer path (issue 9: a cached ranking cost the gateway ~0.5 ms of its own
 * per request — half of what the whole request cost — for a verdict it had already reached).
 *
 * A request the gateway has answered before, the normal way, with a subgraph's stored answer
 * (the pass-through to an in-process subgraph answered `{"data": <RawJson>}`, no error, HTTP 200)
 * is "admitted": the same document text, operation name, variables and Accept header, from a
 * caller of the same kind (channel; user, app with the same scopes, or nobody). Everything the
 * gateway's Apollo pipeline decides about a request depends on exactly these — parsing and the
 * token limit, validation (armor, literal values), trusted documents (channel), app access
 * (actor kind and scopes), variable coercion and the cost limit (document and variables), the
 * query plan (document) and the response's content type (Accept) — so an admitted request would
 * pass them again the same way, and they are not run again.
 *
 * What is never skipped, on every request: who is calling (the session or API key check, as
 * before, with its caches and their revocation) and the per-app rate limit — both done once per
 * request for this path and the normal one alike (identify) — and the subgraph's own checks: the
 * request goes to the in-process subgraph as the pass-through sends it (the caller's internal
 * token, the same document and variables), which verifies the token, computes the cache key for
 * this caller (what he may see, row by row) and answers only as a cached answer (cacheableOnly:
 * the one stored under that key, or built for him now and stored, as the pass-through would
 * have). Any other outcome — a refused caller, a request not cacheable for him, an error — goes
 * the normal way, which answers exactly as before (a query that failed runs once more there:
 * queries change nothing). The answer is the stored bytes, sent as the normal path sends them
 * (spliceRawJson), with the headers it set, and logged as it logs them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type { Actor } from '../platform/auth/tokens';
import { RawJson } from '../platform/http/raw-json';
import type { Logger } from '../platform/logging/logger';
import type { CallerContext } from './data-sources';

/** Set on the gateway's context by the pass-through: the subgraph that answered the operation whole. */
export const PASSED_THROUGH = Symbol('par.passedThrough');
/** Set on the gateway's context by the context function: this request's learning (see StoredAnswers.learningFor). */
export const STORED_ANSWER_LEARNING = Symbol('par.storedAnswerLearning');

/** An in-process subgraph asked for a stored answer only (InProcessDataSource.storedAnswer). */
export interface StoredAnswerSource {
  storedAnswer(
    request: { query: string; variables?: Record<string, unknown>; operationName?: string },
    context: CallerContext,
  ): Promise<FormattedExecutionResult>;
}

export interface IdentifiedCaller {
  actor: Actor;
  channel: NonNullable<CallerContext['channel']>;
}

interface Admission {
  source: StoredAnswerSource;
  /** The operation's name as the normal path resolved it (for the log line). */
  operationName: string | null;
  /** What the GraphQL handler set on the normal answer (content type from Accept, cache-control): set again as they were. */
  headers: [string, string][];
}

interface Learning {
  base: string;
  /** Header names set before the GraphQL handler ran (security headers …): what it added is the rest. */
  before: Set<string>;
  verdict?: { service: string; caller: string; operationName: string | null };
}

/** Headers the normal path may add that belong to this request alone and that identify() sets on either path. */
const PER_REQUEST_HEADERS = new Set(['set-cookie', 'retry-after']);
const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);
const MAX_ADMISSIONS = 2000;
const MAX_QUERY_LENGTH = 100_000;
const MUTATION_FIRST = /^\s*mutation\b/;

/** The request as the admission is keyed (null: not a request this path takes). */
function requestKey(req: Request): string | null {
  if (req.method !== 'POST') return null;
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  for (const key of Object.keys(body)) if (!BODY_KEYS.has(key)) return null;
  const { query, operationName, variables, extensions } = body;
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return null;
  // Only queries are ever admitted (the plugin learns from nothing else): a document that opens
  // with a mutation is not keyed at all — its key would be the whole body turned into a string
  // again (a 77-leaf sheet save: ~0.3 ms of the gateway's CPU for nothing).
  if (MUTATION_FIRST.test(query)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  // Only an empty extensions object (what fillPersistedDocuments leaves of a persisted-document request).
  if (extensions !== undefined && (typeof extensions !== 'object' || extensions === null || Object.keys(extensions).length > 0))
    return null;
  const accept = req.headers.accept ?? '';
  return JSON.stringify([query, operationName ?? null, variables ?? null, extensions === undefined ? 0 : 1, accept]);
}

/** The caller's kind as far as the gateway's own checks go (not who he is: the subgraph decides what he sees). */
function callerClass(caller: IdentifiedCaller): string {
  const { actor, channel } = caller;
  return actor.kind === 'app' ? `${channel}|app|${[...actor.scopes].sort().join(',')}` : `${channel}|${actor.kind}`;
}

const WHOLE_ANSWER = /^\{"data":"[^"]+"\}\n?$/;

export interface StoredAnswersOptions {
  /** Who is calling, with the rate limit taken: once per request, whichever path asks first (memoised by the gateway). */
  identify: (req: Request, res: Response) => Promise<IdentifiedCaller>;
  /** The in-process subgraph of that name, or undefined (over HTTP: no stored-answer path). */
  sourceFor: (service: string) => StoredAnswerSource | undefined;
  requestIdOf: (req: Request) => string;
  localeOf: (req: Request) => CallerContext['locale'];
  log: Logger;
}

let served = 0;
/** For tests and the bench: how many requests this path answered (this process). */
export function storedAnswersServed(): number {
  return served;
}

export class StoredAnswers {
  private readonly admitted = new Map<string, Map<string, Admission>>();
  private readonly learnings = new WeakMap<Request, Learning>();

  constructor(private readonly options: StoredAnswersOptions) {}

  /** Forgets every admission (the schema changed: the gateway's verdicts may differ). */
  clear(): void {
    this.admitted.clear();
  }

  get size(): number {
    return this.admitted.size;
  }

  /** What the context function puts on the gateway's context for the plugin (undefined: nothing to learn). */
  learningFor(req: Request): Learning | undefined {
    return this.learnings.get(req);
  }

  /** Express middleware, after fillPersistedDocuments and spliceRawJson, before the GraphQL handler. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      this.handle(req, res, next).catch(next);
    };
  }

  /** Apollo plugin of the gateway: marks a request answered whole by a subgraph's stored answer. */
  plugin(): ApolloServerPlugin<CallerContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, operationName, response }) => {
          const context = contextValue as CallerContext & { [PASSED_THROUGH]?: string; [STORED_ANSWER_LEARNING]?: Learning };
          const learning = context[STORED_ANSWER_LEARNING];
          const service = context[PASSED_THROUGH];
          if (!learning || !service || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const { data, errors, extensions } = response.body.singleResult;
          if (errors?.length || extensions || !(data instanceof RawJson)) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          learning.verdict = {
            service,
            caller: callerClass({ actor: context.actor, channel: context.channel ?? 'none' }),
            operationName: operationName ?? null,
          };
        },
      }),
    };
  }

  private async handle(req: Request, res: Response, next: NextFunction): Promise<void> {
    const base = requestKey(req);
    if (base === null) return next();
    const byCaller = this.admitted.get(base);
    if (!byCaller) return this.learn(req, res, next, base);
    const started = process.hrtime.bigint();
    let caller: IdentifiedCaller;
    try {
      caller = await this.options.identify(req, res);
    } catch {
      // Refused (or rate limited): the normal path answers the same refusal (identify is memoised).
      return next();
    }
    const admission = byCaller.get(callerClass(caller));
    if (!admission) return this.learn(req, res, next, base);
    const body = req.body as { query: string; operationName?: string | null; variables?: Record<string, unknown> | null };
    const context: CallerContext = {
      requestId: this.options.requestIdOf(req),
      locale: this.options.localeOf(req),
      actor: caller.actor,
      channel: caller.channel,
      clientIp: req.ip ?? '',
    };
    const result = await admission.source.storedAnswer(
      { query: body.query, variables: body.variables ?? undefined, operationName: body.operationName ?? undefined },
      context,
    );
    if (result.errors?.length || result.extensions || !(result.data instanceof RawJson)) return this.learn(req, res, next, base);
    served++;
    this.logOperation(context, admission, started);
    res.statusCode = 200;
    for (const [name, value] of admission.headers) res.setHeader(name, value);
    // The bytes Apollo Server writes for `{ data }` (its JSON plus a newline): spliceRawJson sends the stored ones.
    res.send(`${JSON.stringify({ data: result.data })}\n`);
  }

  /** The normal path, watched: an answer that was a stored one, sent as a whole, admits the request. */
  private learn(req: Request, res: Response, next: NextFunction, base: string): void {
    const learning: Learning = { base, before: new Set(res.getHeaderNames()) };
    this.learnings.set(req, learning);
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      this.admit(learning, res, body);
      return send(body);
    }) as Response['send'];
    next();
  }

  private admit(learning: Learning, res: Response, body: unknown): void {
    const { verdict } = learning;
    if (!verdict || res.statusCode !== 200 || typeof body !== 'string' || !WHOLE_ANSWER.test(body)) return;
    const source = this.options.sourceFor(verdict.service);
    if (!source) return;
    // The headers the GraphQL handler added (not this request's own cookies or retry hints, which identify() sets on either path).
    const headers: [string, string][] = [];
    for (const name of res.getHeaderNames()) {
      if (learning.before.has(name) || PER_REQUEST_HEADERS.has(name)) continue;
      const value = res.getHeader(name);
      if (typeof value !== 'string') return;
      headers.push([name, value]);
    }
    if (!headers.some(([name]) => name === 'content-type')) return;
    if (this.admitted.size >= MAX_ADMISSIONS && !this.admitted.has(learning.base)) this.admitted.clear();
    let byCaller = this.admitted.get(learning.base);
    if (!byCaller) this.admitted.set(learning.base, (byCaller = new Map()));
    byCaller.set(verdict.caller, { source, operationName: verdict.operationName, headers });
  }

  /** The line operationLogPlugin writes for every operation. */
  private logOperation(context: CallerContext, admission: Admission, started: bigint): void {
    const actor = context.actor as { kind: string; username?: string | null; clientId?: string };
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    this.options.log.info(
      {
        requestId: context.requestId,
        user: actor.username ?? actor.kind ?? 'anonymous',
        ...(actor.clientId ? { client: actor.clientId } : {}),
        operationName: admission.operationName?.slice(0, 100) ?? null,
        durationMs: Math.round(durationMs * 10) / 10,
        errors: undefined,
      },
      'graphql operation',
    );
  }
}
