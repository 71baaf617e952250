import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { NETWORK_PROBLEM, problemOf, type ApiProblem, type RawGraphQLError } from './problem';

export { problemOf, type ApiProblem } from './problem';

export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return problemOf(error.errors[0]);
  if (ServerError.is(error)) {
    // Refusals before execution (bad token, query too costly) come with a non-2xx status and a GraphQL body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      if (body.errors?.[0]) return problemOf(body.errors[0]);
    } catch {
      // not JSON: fall through
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: null, fields: [], extensions: {} };
  }
  return NETWORK_PROBLEM;
}
