import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:lao-graphql/';

/**
 * The client preset's `graphql(\`…\`)` looks documents up in one map of every operation of the SPA (gql.ts), so the
 * first chunk carried all of them (about 340 kB of document ASTs) for the two the login page sends. Importing them
 * from generated/graphql.ts instead is not enough: a module is never split between chunks, so all 80 would still land
 * in one shared chunk. At build time each call therefore becomes an import of a module of its own holding just that
 * document (fragments are inlined in each by the preset), and every route's chunk carries only what it sends. The key
 * is the call's exact source text, read from gql.ts itself, so a name is never guessed; a call not found there is left
 * as it was (it still works through the map), with a warning.
 */
export function graphqlDocuments(options: { gqlFile: string; graphqlFile: string }): Plugin {
  let documents: Map<string, string> | null = null;
  let bodies: Map<string, string> | null = null;
  const load = () => (documents ??= documentExports(readFileSync(options.gqlFile, 'utf8')));
  return {
    name: 'lao:graphql-documents',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      bodies ??= documentBodies(readFileSync(options.graphqlFile, 'utf8'));
      const name = id.slice(PREFIX.length + 1);
      const body = bodies.get(name);
      if (!body) throw new Error(`No document ${name} in ${options.graphqlFile}: run pnpm --filter @lao/web codegen`);
      return `export default ${body};`;
    },
    transform: {
      filter: { id: /\/src\/.*\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        if (id.includes('/generated/')) return null;
        const result = replaceGraphqlCalls(code, load());
        for (const missing of result.missing) this.warn(`${id}: graphql() document not in gql.ts (regenerate?): ${missing.slice(0, 60)}`);
        return result.replaced ? { code: result.code, map: null } : null;
      },
    },
  };
}

/** Source text of each document → the name of its export in graphql.ts, from the `documents` map of gql.ts. */
export function documentExports(gqlSource: string): Map<string, string> {
  const map = new Map<string, string>();
  const start = gqlSource.indexOf('const documents');
  for (const [, key = '""', name = ''] of gqlSource.slice(start).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    map.set(JSON.parse(key) as string, name);
  }
  return map;
}

/** Each document's AST (the JSON object literal) by its export name, from the one-line exports of graphql.ts. */
export function documentBodies(graphqlSource: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, name = '', body = ''] of graphqlSource.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) map.set(name, body);
  return map;
}

/** Replaces each `graphql(\`…\`)` whose text is a known document by the default import of that document's module. */
export function replaceGraphqlCalls(code: string, documents: Map<string, string>) {
  const imports = new Map<string, string>();
  const missing: string[] = [];
  const out = code.replace(/\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g, (call, text: string) => {
    const name = documents.get(text);
    if (!name) {
      missing.push(text.trim());
      return call;
    }
    const local = `__gql_${name}`;
    imports.set(name, local);
    return local;
  });
  if (imports.size === 0) return { code, replaced: false, missing };
  // The bundler keeps a module imported for nothing when it cannot prove it pure (gql.ts and its map): drop the
  // import once no call is left.
  const rest = /\bgraphql\(/.test(out) ? out : out.replace(/^import \{ graphql \} from ['"][./]*generated(?:\/index)?['"];?\n/m, '');
  const lines = [...imports].map(([name, local]) => `import ${local} from ${JSON.stringify(PREFIX + name)};\n`).join('');
  return { code: `${lines}${rest}`, replaced: true, missing };
}
