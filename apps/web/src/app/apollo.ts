import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { Lang } from '@lao/domain';
import { readToken, writeToken } from './token';

// The token lives in token.ts (no Apollo there: the login page of the first chunk reads and writes it too).
export { readToken, TOKEN_STORAGE_KEY, writeToken } from './token';

/** Is this error the server refusing our credentials (expired token, disabled account)? */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

export interface ApolloOptions {
  /** The UI language, sent as Accept-Language so the server's messages come back in it. */
  getLang: () => Lang;
  /** Called when the server refuses the stored token; the token is already cleared. */
  onUnauthenticated: () => void;
  uri?: string;
}

export function createApolloClient({ getLang, onUnauthenticated, uri = '/graphql' }: ApolloOptions) {
  const headers = new SetContextLink((previous) => {
    const token = readToken();
    return {
      headers: {
        ...(previous.headers as Record<string, string> | undefined),
        'accept-language': getLang() === 'en' ? 'en' : 'th',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });

  const errors = new ErrorLink(({ error, operation }) => {
    // A wrong password at login is UNAUTHENTICATED too: the login page shows it, nobody is logged out.
    if (operation.operationName === 'Login') return;
    if (isUnauthenticated(error) && readToken()) {
      writeToken(null);
      onUnauthenticated();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([errors, headers, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        LocalAuthority: { keyFields: ['code'] },
        Province: { keyFields: ['code'] },
        District: { keyFields: ['code'] },
        Query: {
          fields: {
            // Each filter and page is its own entry; the registry pages with cursors, it never merges pages.
            localAuthorities: { keyArgs: ['filter', 'first', 'after'] },
            users: { keyArgs: ['filter', 'first', 'after'] },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
