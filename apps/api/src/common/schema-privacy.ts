import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, visit } from 'graphql';
import { AppError } from './app-error';
import type { RequestContext } from './context';
import { perDocument } from './per-document';
import { refused } from './query-limits';

/** graphql-js's hint on an unknown name, e.g. ` Did you mean "localAuthority"?`: it spells out the schema piece by piece. */
const SUGGESTION = /\s*Did you mean .+\?$/;

/**
 * In production the schema is for callers who logged in or hold a key: an anonymous caller may not introspect it
 * (UNAUTHENTICATED, before anything runs) nor learn its names from validation errors' suggestions. Logged-in
 * callers and partner keys keep both (their tools introspect). In development everyone does.
 */
export function schemaPrivacyPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!options.production || contextValue.actor.kind !== 'anonymous') return;
      return {
        async didResolveOperation({ document }) {
          // A walk of the whole document on every anonymous request otherwise; the answer depends on the document only.
          if (perDocument(document, 'introspection', () => asksIntrospection(document))) throw refused(new AppError('UNAUTHENTICATED', 'query.introspectionLogin'), 401);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}

/** `__schema` or `__type` anywhere (`__typename` is not introspection of the schema: clients add it everywhere). */
export function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
