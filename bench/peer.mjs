// The peer: PostGraphile v4 over the same database, in its own process, started by run.mjs.
// v4 because v5 needs Node >= 22 and the platform runs on Node 20. Configuration a PostGraphile user would write for
// this schema: connections (the default collections), JSON as JSON, no query log, no GraphiQL, a pool of 20 like
// the API's, pg-aggregates loaded, and two virtual foreign keys (smart tags, nothing changed in the database) for
// relations the schema keeps without a constraint.
import http from 'node:http';
import PgAggregatesPlugin from '@graphile/pg-aggregates';
import pg from 'pg';
import postgraphilePackage from 'postgraphile';

const { makeJSONPgSmartTagsPlugin, postgraphile } = postgraphilePackage;

const { DATABASE_URL, PORT } = process.env;
if (!DATABASE_URL || !PORT) throw new Error('peer.mjs needs DATABASE_URL and PORT');

const tags = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: {
    class: {
      submission_event: { tags: { foreignKey: '(submission_id) references submission (id)' } },
      submission: { tags: { foreignKey: '(lao_code) references local_authority (code)' } },
    },
  },
});

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20, application_name: 'bench-postgraphile' });
const handler = postgraphile(pool, 'public', {
  appendPlugins: [PgAggregatesPlugin.default ?? PgAggregatesPlugin, tags],
  dynamicJson: true,
  disableQueryLog: true,
  graphiql: false,
  enhanceGraphiql: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  bodySizeLimit: '256kB',
});

const server = http.createServer(handler);
server.listen(Number(PORT), '127.0.0.1', () => console.log(`PostGraphile ready on http://127.0.0.1:${PORT}/graphql`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
