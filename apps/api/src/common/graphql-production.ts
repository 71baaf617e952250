/**
 * Loads graphql-js in its production mode, whatever NODE_ENV says (imported first by main.ts, before anything loads
 * graphql). Outside NODE_ENV=production, graphql-js follows every `instanceof` of its types that fails (most of the
 * isListType, isNonNullType… checks on every field it completes) with a search for a second copy of the library: a
 * development aid against duplicate installs that cost over a millisecond per 100-row page here. NODE_ENV itself
 * keeps its meaning for our configuration (production: no anonymous introspection, JSON logs), so it is set only
 * while graphql's check is loaded and put back at once. Jest does not start through main.ts: tests keep the check.
 */
const previous = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
try {
  // A require, not an import: imports are hoisted above the assignment above.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('graphql/jsutils/instanceOf');
} finally {
  if (previous === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = previous;
}

export {};
