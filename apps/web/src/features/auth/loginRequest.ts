import type { Lang } from '@lao/domain';
import { NETWORK_PROBLEM, problemOf, type ApiProblem, type RawGraphQLError } from '../../app/problem';
import type { LoginMutation, LoginMutationVariables } from '../../generated/graphql';

/**
 * The Login mutation of operations.ts as text, posted with fetch: the login page is in the first chunk and must not
 * wait for Apollo Client (45 KiB, a second at 400 kbps), which loads with the shell. loginRequest.test.ts keeps this
 * text the same document as `loginMutation` (the one codegen checks against the schema).
 */
export const LOGIN_DOCUMENT = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    accessToken
    expiresIn
    mustChangePassword
    user {
      ...CurrentUser
    }
  }
}

fragment CurrentUser on User {
  id
  username
  displayName
  level
  scopeCode
  active
  mustChangePassword
  rights {
    module
    rights
  }
}`;

export type LoginResult = LoginMutation['login'];

/** A refused login: the server's stable code and message (already in the UI language), RATE_LIMITED's wait… */
export class LoginProblem extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message ?? problem.code);
  }
}

interface Answer {
  data?: Partial<LoginMutation> | null;
  errors?: RawGraphQLError[];
}

/** POST /graphql `Login`, as Apollo's HttpLink would send it; answers the session or throws a LoginProblem. */
export async function requestLogin(variables: LoginMutationVariables, lang: Lang, uri = '/graphql'): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch(uri, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        'accept-language': lang === 'en' ? 'en' : 'th',
      },
      body: JSON.stringify({ operationName: 'Login', query: LOGIN_DOCUMENT, variables }),
    });
  } catch {
    throw new LoginProblem(NETWORK_PROBLEM);
  }
  let answer: Answer | null = null;
  try {
    answer = (await response.json()) as Answer;
  } catch {
    // Not JSON (a proxy's error page): below.
  }
  // Refusals before execution (request too large, too complex) come with a non-2xx status and a GraphQL body too.
  if (answer?.errors?.length) throw new LoginProblem(problemOf(answer.errors[0]));
  const login = answer?.data?.login;
  if (!response.ok || !login?.accessToken) throw new LoginProblem({ code: 'INTERNAL_SERVER_ERROR', message: null, fields: [], extensions: {} });
  return login;
}
