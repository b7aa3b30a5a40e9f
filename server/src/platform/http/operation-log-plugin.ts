import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '../logging/logger';
import { NOT_CACHEABLE } from './response-cache';

interface LoggableContext extends BaseContext {
  requestId?: string;
  actor?: { kind: string; username: string | null; clientId?: string };
}

/** One JSON line per operation: request id, who (user, or app client id), operation name, duration, error codes. */
export function operationLogPlugin(log: Logger): ApolloServerPlugin<LoggableContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, errors, contextValue: context, operationName, response }) {
          // A cacheable-only request that was not cacheable ran nothing: the request it stood for logs itself.
          if (response.body.kind === 'single' && response.body.singleResult.errors?.some((e) => e.extensions?.code === NOT_CACHEABLE))
            return;
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          log.info(
            {
              requestId: context.requestId ?? contextValue.requestId,
              user: context.actor?.username ?? context.actor?.kind ?? 'anonymous',
              // External apps by id (never by key).
              ...(context.actor?.clientId ? { client: context.actor.clientId } : {}),
              operationName: (operationName ?? request.operationName ?? null)?.slice(0, 100) ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
          for (const error of errors ?? []) {
            if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR')
              log.error({ requestId: context.requestId, err: error.originalError ?? error }, 'unexpected error');
          }
        },
      };
    },
  };
}
