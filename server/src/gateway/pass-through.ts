import { ApolloGateway, type GatewayConfig, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { PASS_THROUGH } from './data-sources';
import { PASSED_THROUGH, type StoredAnswerSource } from './stored-answers';
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';

type GatewayExecutor = ApolloGateway['executor'];
type GatewayRequestContext = Parameters<GatewayExecutor>[0];
type QueryPlan = Parameters<NonNullable<GatewayConfig['experimental_didResolveQueryPlan']>>[0]['queryPlan'];

let served = 0;
/** For tests and the bench: how many operations went through whole (this process). */
export function passThroughServed(): number {
  return served;
}

/** Plans remembered per operation (document hash + operation name); arbitrary API documents must not grow it without end. */
const MAX_DECISIONS = 2000;

/**
 * The subgraph that answers a whole operation by itself, or null: the plan is one fetch with
 * nothing required from another subgraph and nothing rewritten, and the document asks for no
 * introspection (which the gateway answers from its own API schema).
 */
export function singleSubgraphOf(plan: QueryPlan, document: DocumentNode): string | null {
  const node = plan.node;
  if (!node || node.kind !== 'Fetch') return null;
  if (node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
  let introspection = false;
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') introspection = true;
    },
  });
  // @defer/@stream are answered incrementally by the gateway's executor, never passed through.
  const directives = new Set<string>();
  visit(document, {
    Directive(d) {
      directives.add(d.name.value);
    },
  });
  if (introspection || directives.has('defer') || directives.has('stream')) return null;
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription') ? null : node.serviceName;
}

/** What the gateway does to a subgraph's error (executeQueryPlan's downstreamServiceError): same message, code and path. */
function downstreamError(error: GraphQLFormattedError, serviceName: string): GraphQLError {
  return new GraphQLError(error.message || `Error while fetching subquery from service "${serviceName}"`, {
    path: error.path,
    extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', ...error.extensions, serviceName },
  });
}

/**
 * Apollo Gateway with a pass-through for operations one subgraph answers whole (issue 9): the
 * client's document goes to that subgraph as sent (it was parsed, validated, checked for cost and
 * access by the gateway already) and its answer is returned as is, instead of being merged into
 * a fresh result and re-walked against the operation (`executeQueryPlan`'s post-processing cost
 * about half of a 1,000-row ranking). The first request of an operation goes the normal way and
 * its query plan decides; operations spanning subgraphs always go the normal way. The subgraph
 * still verifies the caller's internal token and shapes the answer for him: nothing about who
 * sees what changes, only how the answer travels.
 */
export class PassThroughGateway extends ApolloGateway {
  private readonly decisions = new Map<string, string | null>();
  private readonly dataSources = new Map<string, GraphQLDataSource>();

  constructor(config: GatewayConfig) {
    disableApolloTelemetry();
    super({
      ...config,
      experimental_didResolveQueryPlan: (options) => {
        config.experimental_didResolveQueryPlan?.(options);
        const { queryPlan, requestContext, serviceMap } = options;
        if (!requestContext.document) return;
        for (const [name, source] of Object.entries(serviceMap)) this.dataSources.set(name, source);
        if (this.decisions.size >= MAX_DECISIONS) this.decisions.clear();
        this.decisions.set(decisionKey(requestContext), singleSubgraphOf(queryPlan, requestContext.document));
      },
    });
    const planned = this.executor;
    const executor: GatewayExecutor = async (requestContext) => {
      const serviceName = this.decisions.get(decisionKey(requestContext));
      const source = serviceName ? this.dataSources.get(serviceName) : undefined;
      if (!serviceName || !source) return planned(requestContext);
      served++;
      const { request, context, source: text } = requestContext;
      // For the stored-answer path (stored-answers.ts): which subgraph answered this operation whole.
      (context as { [PASSED_THROUGH]?: string })[PASSED_THROUGH] = serviceName;
      const response = await source.process({
        // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported from the package root).
        kind: 'incoming operation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'],
        request: { query: text ?? request.query, variables: request.variables, operationName: request.operationName },
        incomingRequestContext: requestContext,
        context,
        document: requestContext.document,
        pathInIncomingRequest: [],
        [PASS_THROUGH]: true,
      } as GraphQLDataSourceProcessOptions);
      return {
        data: response.data,
        ...(response.errors?.length ? { errors: response.errors.map((e) => downstreamError(e, serviceName)) } : {}),
      };
    };
    this.executor = executor;
  }

  /** The subgraph of that name when it runs in this process and can answer from stored answers. */
  storedAnswerSource(serviceName: string): StoredAnswerSource | undefined {
    const source = this.dataSources.get(serviceName) as Partial<StoredAnswerSource> | undefined;
    return typeof source?.storedAnswer === 'function' ? (source as StoredAnswerSource) : undefined;
  }

  /** For tests: which subgraph answers this operation whole (undefined: not planned yet). */
  passThroughOf(queryHash: string, operationName: string | null): string | null | undefined {
    return this.decisions.get(`${queryHash}|${operationName ?? ''}`);
  }
}

function decisionKey(requestContext: Pick<GatewayRequestContext, 'queryHash' | 'request'>): string {
  return `${requestContext.queryHash}|${requestContext.request.operationName ?? ''}`;
}

/**
 * Apollo Gateway 2.x, unless told otherwise, sends usage metrics to Apollo's servers every few
 * minutes and, to label them, probes cloud metadata addresses (169.254.169.254 and the like) at
 * start-up. A province's reform results platform must not call out to a third party, and the
 * probes stall start-up with timeouts on a government network. Forced off, not defaulted: no
 * deployment of this platform has a reason to turn it back on.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
