import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  type ASTVisitor,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { maskUnexpectedError } from '../platform/errors/graphql-errors';
import { DateScalar, parseDate } from '../platform/graphql/scalars';

/**
 * The gateway's supergraph knows custom scalars by name only (it would pass "2025-02-30" or an
 * Infinity on to a subgraph, which then answered HTTP 400 and the client saw INTERNAL_SERVER_ERROR).
 * These guards check what a client sends at the door: variables are coerced against the API
 * schema with the real scalars before anything runs, and literals are checked by a validation
 * rule, so every bad value is a coded BAD_USER_INPUT (HTTP 400) with a Vietnamese message.
 */

const badValue = (vi: string, en: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(`${vi} / ${en}`, { extensions: { code: 'BAD_USER_INPUT', ...extra, http: { status: 400 } } });

/** Literal numbers must be finite (graphql-js turns `1e400` into Infinity without complaint) and dates real. */
export function literalValuesRule(context: ValidationContext): ASTVisitor {
  return {
    FloatValue(node) {
      if (!Number.isFinite(Number.parseFloat(node.value)) || node.value.length > 64)
        context.reportError(
          new GraphQLError(`Số không hợp lệ hoặc quá lớn: ${node.value.slice(0, 40)} / Number out of range.`, { nodes: node }),
        );
    },
    StringValue(node) {
      const type = context.getInputType();
      if (!type || getNamedType(type).name !== DateScalar.name) return;
      try {
        parseDate(node.value);
      } catch (error) {
        context.reportError(new GraphQLError((error as Error).message, { nodes: node }));
      }
    },
  };
}

const patchedSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** The API schema with the real Date scalar, so variable coercion checks dates the way subgraphs do. */
function withRealScalars(schema: GraphQLSchema): GraphQLSchema {
  let patched = patchedSchemas.get(schema);
  if (!patched) {
    patched = mapSchema(schema, {
      [MapperKind.SCALAR_TYPE]: (type) => (type.name === DateScalar.name ? DateScalar : type),
    });
    patchedSchemas.set(schema, patched);
  }
  return patched;
}

/**
 * Coerces the request's variables before the cost limit and the query planner see them: an Int
 * past 32 bits, an Infinity, a missing required variable or an impossible date answer
 * BAD_USER_INPUT here instead of an INTERNAL_SERVER_ERROR from the gateway's executor.
 */
export function variablesGuardPlugin<C extends BaseContext>(getSchema: () => GraphQLSchema | null): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation }) {
          const schema = getSchema();
          if (!schema || !operation) return;
          const variables = request.variables ?? {};
          if (typeof variables !== 'object' || Array.isArray(variables))
            throw badValue('Biến của truy vấn phải là một đối tượng JSON.', 'Variables must be a JSON object.');
          const result = getVariableValues(withRealScalars(schema), operation.variableDefinitions ?? [], variables, { maxErrors: 5 });
          if (result.errors?.length) {
            const first = result.errors[0];
            throw badValue(`Biến của truy vấn không hợp lệ: ${first.message}`, first.message, { reason: 'INVALID_VARIABLES' });
          }
        },
      };
    },
  };
}

/** Apollo's own refusals of a malformed HTTP request (no query, batching, CSRF, GET mutation…), in Vietnamese first. */
const BAD_REQUEST_MESSAGES: [RegExp, string][] = [
  [/batching/i, 'Không hỗ trợ gửi nhiều truy vấn trong một yêu cầu.'],
  [/Cross-Site Request Forgery|CSRF/i, 'Yêu cầu bị chặn: cần tiêu đề Content-Type: application/json.'],
  [/POST body missing|JSON object has no keys|empty/i, 'Yêu cầu không có nội dung GraphQL (cần JSON với trường "query").'],
  [
    /GET requests? only support|can only perform a query operation from a GET|mutation.*GET|GET.*mutation/i,
    'Chỉ được gửi truy vấn đọc bằng GET; thao tác ghi phải dùng POST.',
  ],
  [/query.*must be a string|must provide query string|missing query/i, 'Thiếu nội dung truy vấn ("query").'],
  [/variables/i, 'Biến của truy vấn phải là một đối tượng JSON.'],
  [/operationName/i, 'Tên thao tác ("operationName") không hợp lệ.'],
];

/** Errors a client caused before execution, from the gateway's query planner: the client's fault, not ours. */
const CLIENT_PLAN_ERRORS = /^(Unknown operation named|Must provide operation name|Invalid value for argument|Variable "\$)/;

/** What the gateway answers for any error: coded, never a stack trace or an internal URL. */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'BAD_REQUEST') {
    const vi = BAD_REQUEST_MESSAGES.find(([pattern]) => pattern.test(formatted.message))?.[1] ?? 'Yêu cầu không hợp lệ.';
    return { message: `${vi} / ${formatted.message.trim()}`, extensions: { code: 'BAD_REQUEST' } };
  }
  if (CLIENT_PLAN_ERRORS.test(formatted.message) && (code === 'INVALID_GRAPHQL' || code === 'INTERNAL_SERVER_ERROR' || code === ''))
    return {
      message: `Truy vấn không hợp lệ: ${formatted.message}`,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  // graphql-js speaks English; a Vietnamese lead-in tells the official what kind of problem it is.
  if ((code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED') && /^[\x20-\x7e]*$/.test(formatted.message))
    return {
      message: `${code === 'GRAPHQL_PARSE_FAILED' ? 'Truy vấn sai cú pháp hoặc quá dài' : 'Truy vấn không hợp lệ'}: ${formatted.message}`,
      locations: formatted.locations,
      extensions: { code },
    };
  const masked = maskUnexpectedError(formatted);
  if (masked.extensions) delete (masked.extensions as Record<string, unknown>).serviceName;
  return masked;
}

const CLIENT_CODES = new Set(['BAD_REQUEST', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * A request refused before it ran (no `data` at all) for the client's own fault answers HTTP 400,
 * whatever status the layer that refused it chose (the token limit answered 500). Execution
 * errors keep 200 with `data: null`, as clients (the admin's Apollo Client) expect.
 */
export function clientErrorStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if ('data' in response.body.singleResult || !errors?.length) return;
          if (errors.every((e) => CLIENT_CODES.has(String(e.extensions?.code)))) response.http.status = 400;
        },
      };
    },
  };
}
