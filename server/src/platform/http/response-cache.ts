/**
 * Serialised answers of a subgraph's hot reads (issue 9: a repeated 1,000-row ranking is a
 * buffer write, not an execution plus two serialisations). A root query field opts in with a
 * `key` function that reads, on every request, everything its answer depends on for this caller
 * — the stored versions and, row by row, what the caller may see — and returns it as a string
 * (null: not cacheable now). The entry is keyed by that string plus the document, operation name
 * and variables, so a change of data, of version or of what the caller may see is a different
 * key: an entry is never served to a caller it was not built for, and a stale one is never hit
 * (it ages out, least recently used first, within a byte budget). Only documents that read the
 * field's own types are cached (a nested entity reference could carry other rules). Only
 * callers that can splice a RawJson get entries: the HTTP path (spliceRawJson) and the gateway's
 * in-process pass-through; anyone else gets a normal execution.
 */
import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import { getArgumentValues } from 'graphql/execution/values';
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  GraphQLError,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { RawJson } from './raw-json';

export interface CachedRootField<C> {
  /** A field of Query. */
  field: string;
  /** The object types the cached selection may read (besides the root field); any other: executed, not cached. */
  types: ReadonlySet<string>;
  /**
   * Narrower than `types` when given: the fields (by parent type) the cached selection may read,
   * for answers whose types have fields that depend on more than the key covers.
   */
  fields?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Which of the database's caches holds the answers (each has its own byte budget); default 'default'. */
  cache?: string;
  /**
   * What the answer depends on for this caller besides the document and variables; null: do not
   * cache. Throws: the normal execution runs (and reports the error).
   */
  key(ctx: C, args: Record<string, unknown>): Promise<string | null>;
}

export interface ResponseCacheContext extends BaseContext {
  /** The caller turns a RawJson back into text (see raw-json.ts). */
  acceptsRawJson?: boolean;
  /**
   * Only as a cached answer (the gateway's stored-answer path, gateway/stored-answers.ts): the
   * stored one, or built now and stored; a request that is not cacheable for this caller (no
   * cached field, no key, its key refused) answers NOT_CACHEABLE and nothing runs.
   */
  cacheableOnly?: boolean;
}

/** The code of a cacheable-only request's answer when it is not cacheable (nothing ran). */
export const NOT_CACHEABLE = 'NOT_CACHEABLE';

/** What a cacheable-only request answers when it is not cacheable: an error, and nothing executed. */
export function notCacheable(): { errors: [GraphQLFormattedError] } {
  return { errors: [{ message: 'Not a cached answer.', extensions: { code: NOT_CACHEABLE } }] };
}

function notCacheableResponse(): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [new GraphQLError('Not a cached answer.', { extensions: { code: NOT_CACHEABLE } })] } },
  };
}

/** Default budget: a 1,000-row ranking is ~330 KB of JSON (~1 MB held with its bytes and compressed forms). */
export const RESPONSE_CACHE_MAX_BYTES = 16 * 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, { raw: RawJson; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes = RESPONSE_CACHE_MAX_BYTES) {}

  get(key: string): RawJson | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.raw;
  }

  set(key: string, raw: RawJson): void {
    // Text (up to two bytes a character in V8) plus the answer's bytes and a compressed form, made later.
    const bytes = raw.json.length * 3 + key.length * 2;
    if (bytes > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { raw, bytes });
    this.bytes += bytes;
    while (this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }
}

const caches = new WeakMap<DataSource, Map<string, ResponseCache>>();
/**
 * The database's caches by name (as the ranking table cache: clearing them clears what was built
 * from it); each has its own budget, so one kind of answer cannot push out another.
 */
export function responseCacheOf(db: DataSource, name = 'default'): ResponseCache {
  let byName = caches.get(db);
  if (!byName) caches.set(db, (byName = new Map()));
  let cache = byName.get(name);
  if (!cache) byName.set(name, (cache = new ResponseCache()));
  return cache;
}

/** Every cached answer built from this database (tests; a read after this builds everything afresh). */
export function clearResponseCaches(db: DataSource): void {
  for (const cache of caches.get(db)?.values() ?? []) cache.clear();
}

interface Plan<C> {
  handler: CachedRootField<C>;
  node: FieldNode;
}

/** The one root field a cacheable document asks for, or null (per document and operation, memoised). */
function planFor<C>(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  handlers: ReadonlyMap<string, CachedRootField<C>>,
): Plan<C> | null {
  if (operation.operation !== 'query') return null;
  const selections = operation.selectionSet.selections;
  if (selections.length !== 1 || selections[0].kind !== Kind.FIELD || selections[0].directives?.length) return null;
  const node = selections[0];
  const handler = handlers.get(node.name.value);
  if (!handler) return null;
  let readsOthers = false;
  const typeInfo = new TypeInfo(schema);
  // Fields read anywhere in the document (fragments included) must belong to the handler's types.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        if (field.name.value.startsWith('__')) return;
        const parent = typeInfo.getParentType()?.name;
        if (parent === schema.getQueryType()?.name) {
          if (field !== node) readsOthers = true;
        } else if (!parent || !handler.types.has(parent) || (handler.fields && !handler.fields.get(parent)?.has(field.name.value)))
          readsOthers = true;
      },
    }),
  );
  return readsOthers ? null : { handler, node };
}

export function responseCachePlugin<C extends ResponseCacheContext>(
  handlers: readonly CachedRootField<C>[],
  cacheFor: (ctx: C, handler: CachedRootField<C>) => ResponseCache,
): ApolloServerPlugin<C> {
  const byField = new Map(handlers.map((h) => [h.field, h]));
  const plans = new WeakMap<DocumentNode, Map<string, Plan<C> | null>>();
  const planOf = (rc: GraphQLRequestContext<C>): Plan<C> | null => {
    const { document, operation } = rc;
    if (!document || !operation) return null;
    let forDocument = plans.get(document);
    if (!forDocument) plans.set(document, (forDocument = new Map()));
    const name = rc.operationName ?? '';
    if (!forDocument.has(name)) forDocument.set(name, planFor(rc.schema, document, operation, byField));
    return forDocument.get(name)!;
  };
  /** The stored answer for this request, or where to store the one about to be executed; null: not cacheable. */
  const lookUp = async (rc: GraphQLRequestContext<C>): Promise<{ hit: RawJson } | { storeAs: string; storeIn: ResponseCache } | null> => {
    if (!rc.contextValue.acceptsRawJson) return null;
    const plan = planOf(rc);
    if (!plan) return null;
    const fieldDef = rc.schema.getQueryType()?.getFields()[plan.node.name.value];
    if (!fieldDef) return null;
    let key: string | null;
    try {
      key = await plan.handler.key(rc.contextValue, getArgumentValues(fieldDef, plan.node, rc.request.variables ?? {}));
    } catch {
      return null;
    }
    if (key === null) return null;
    const full = `${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}\u0000${key}`;
    const cache = cacheFor(rc.contextValue, plan.handler);
    const hit = cache.get(full);
    return hit ? { hit } : { storeAs: full, storeIn: cache };
  };
  return {
    async requestDidStart() {
      let storeAs: string | null = null;
      let storeIn: ResponseCache | null = null;
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          const lookup = await lookUp(rc);
          if (lookup && 'hit' in lookup)
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: lookup.hit as never } },
            };
          // A cacheable-only request runs only to be stored: otherwise the caller takes the normal way instead.
          if (!lookup && rc.contextValue.cacheableOnly) return notCacheableResponse();
          if (lookup) ({ storeAs, storeIn } = lookup);
          return null;
        },
        async willSendResponse(rc) {
          if (!storeAs || !storeIn || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data || result.data instanceof RawJson) return;
          const raw = new RawJson(JSON.stringify(result.data));
          storeIn.set(storeAs, raw);
          // Serialised once: this answer goes out as the same text.
          rc.response.body.singleResult = { ...result, data: raw as never };
        },
      };
    },
  };
}
