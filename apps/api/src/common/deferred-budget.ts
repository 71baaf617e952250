import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { type Lang, translate } from '@lao/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context';
import { isDatabaseOutage, serviceUnavailable } from './database-outage';
import { formatError } from './graphql-errors';
import { logRefusal } from './request-log';

/**
 * The rate counter (auth/request-budget.service.ts) is a round trip to PostgreSQL on every authenticated request.
 * A query does not wait for it before it runs: the counter's statement goes out when the context is made and the
 * query executes meanwhile; its verdict is awaited when execution ends, before anything is sent. Over the budget
 * (or the counter failing) the answer is replaced whole by the refusal the context used to raise (RATE_LIMITED, 429,
 * Retry-After): a refused caller still receives nothing of the data, only the reads themselves ran. Its personal
 * reads are dropped too, since nothing was shown (the access trail reads them after execution ends).
 *
 * A mutation waits for the verdict before it runs (didResolveOperation): a refused write must not happen at all.
 * A request refused before execution (unparsable, invalid, too complex) takes the verdict in willSendResponse.
 */
export function deferredBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') return;
          // Thrown, the refusal is logged by request-log.ts like any other.
          const refusal = await settle(contextValue, false);
          if (refusal) throw refusal;
        },
        async executionDidStart(request) {
          return {
            async executionDidEnd() {
              // The answer is in place here and not yet sent; willSendResponse is too late: its hooks run side by
              // side, and the access trail would read the replaced answer's errors and personal reads before us.
              const refusal = await settle(request.contextValue, true);
              if (refusal) replaceAnswer(request, refusal);
            },
          };
        },
        async willSendResponse(request) {
          const refusal = await settle(request.contextValue, true);
          if (refusal) replaceAnswer(request, refusal);
        },
      };
    },
  };
}

const VERDICT = Symbol('budget-verdict');
const LOGGED = Symbol('budget-logged');
type WithVerdict = RequestContext & { [VERDICT]?: Promise<GraphQLError | null>; [LOGGED]?: true };

/** Starts counting this request (called while the context is made); the verdict is taken by the plugin above. */
export function deferBudget(context: RequestContext, spend: Promise<void>): RequestContext {
  const verdict = spend.then(
    () => null,
    (error: unknown) => refusalOf(error, context.lang),
  );
  (context as WithVerdict)[VERDICT] = verdict;
  return context;
}

/** The counter's verdict for this request, once: null within budget, else the refusal to answer with. */
async function settle(context: WithVerdict, log: boolean): Promise<GraphQLError | null> {
  const verdict = context[VERDICT];
  if (!verdict) return null;
  const refusal = await verdict;
  if (refusal) {
    // Nothing of this request is shown: no personal data was read for the access trail.
    delete context.personalReads;
    // One log line per refused request, whichever hooks see the refusal.
    if (log && !context[LOGGED]) logRefusal(refusal);
    context[LOGGED] = true;
  }
  return refusal;
}

function refusalOf(error: unknown, lang: Lang): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (isDatabaseOutage(error)) return serviceUnavailable(lang);
  return new GraphQLError(translate('server.internal', lang), { originalError: error instanceof Error ? error : undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } });
}

/** The refusal as the whole answer, with its HTTP status and headers, as Apollo sends a failed context. */
function replaceAnswer(request: GraphQLRequestContext<RequestContext>, refusal: GraphQLError): void {
  const { http, ...extensions } = refusal.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  const formatted: GraphQLFormattedError = formatError({ message: refusal.message, extensions }, refusal);
  request.response.body = { kind: 'single', singleResult: { errors: [formatted] } };
  if (http?.status) request.response.http.status = http.status;
  for (const [name, value] of http?.headers ?? []) request.response.http.headers.set(name, value);
}
