import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { Rights, UserLevel } from '@lao/domain';
import type { ReactNode } from 'react';
import { Observable } from 'rxjs';
import { TOKEN_STORAGE_KEY } from '../app/apollo';
import { AuthProvider } from '../app/auth';

export type Handlers = Record<string, (variables: Record<string, unknown>) => unknown>;

/** The Session answer for a logged-in user (the shell and the guards read it). */
export function session(level: UserLevel, scopeCode: string | null, rights: Rights) {
  return () => ({
    me: {
      __typename: 'User',
      id: '1',
      username: level === 'DEPARTMENT' ? 'admin' : `${level.toLowerCase()}.${scopeCode}`,
      displayName: 'ผู้ทดสอบ',
      level,
      scopeCode,
      active: true,
      mustChangePassword: false,
      rights: Object.entries(rights).map(([module, list]) => ({ __typename: 'ModuleRights', module, rights: list })),
    },
    currentFiscalYear: 2570,
  });
}

/**
 * A tiny API for page tests: each operation answers from its handler (by operation name) and is recorded; an operation
 * without one fails the request. `providers` wraps the router the way the app does (Apollo, then the session).
 */
export function fakeApi(handlers: Handlers) {
  localStorage.setItem(TOKEN_STORAGE_KEY, 'test-token');
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push({ operation: operation.operationName ?? '', variables: operation.variables });
        const handler = operation.operationName ? handlers[operation.operationName] : undefined;
        if (!handler) {
          observer.error(new Error(`No fake for ${operation.operationName}`));
          return;
        }
        observer.next({ data: handler(operation.variables) as Record<string, unknown> });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const providers = (children: ReactNode) => (
    <ApolloProvider client={client}>
      <AuthProvider>{children}</AuthProvider>
    </ApolloProvider>
  );
  return { client, calls, providers };
}
