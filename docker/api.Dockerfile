# syntax=docker/dockerfile:1.7
#
# Production image of the NestJS GraphQL API (apps/api).
#
# Build context: the repository root. From the root:
#   docker build -f docker/api.Dockerfile -t lao-platform/api .
# or let docker/compose.yaml build it. BuildKit (the default builder since Docker 23) is required: it reads the
# ignore file beside this one (docker/api.Dockerfile.dockerignore) and provides the cache mounts below.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------------
# build: install the workspace, compile libs/domain and apps/api, then cut a bundle with production deps only.
# ---------------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# argon2 ships prebuilt binaries for common platforms and falls back to node-gyp (python3, make, g++) otherwise.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

# pnpm comes from corepack at the exact version of "packageManager" in the root package.json.
# With PNPM_HOME set, pnpm keeps its content-addressable store in $PNPM_HOME/store (the cache mount below).
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    CI=true
RUN corepack enable pnpm

WORKDIR /repo

# Fetch pnpm itself first: this layer stays cached until package.json changes.
COPY package.json ./
RUN corepack install

# The whole workspace (node_modules, dist, .data, .git ... are kept out by the .dockerignore).
COPY . .

# Only the API and what it depends on (libs/domain), with devDependencies: they compile it. The lockfile must be
# current (--frozen-lockfile); install scripts run for the packages in pnpm-workspace.yaml's onlyBuiltDependencies
# (argon2's native addon among them).
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --filter "@lao/api..."

RUN pnpm --filter @lao/domain build \
 && pnpm --filter @lao/api build

# A self-contained copy of apps/api with production dependencies only, @lao/domain (with its dist) copied in.
# pnpm 10's deploy requires injected workspace packages: the setting is given for this command only, so the
# workspace's own install and lockfile are unchanged, and deploy derives the bundle's lockfile from the shared
# one (same versions). `pnpm --filter @lao/api --prod deploy --legacy /out` also works, the pre-10 way.
# TypeScript sources, compiler and test configs are not needed at run time.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm --filter @lao/api --prod --config.inject-workspace-packages=true deploy /out \
 && rm -rf /out/src /out/tsconfig.json /out/tsconfig.build.json /out/.swcrc /out/jest.config.js

# ---------------------------------------------------------------------------------------------------------------
# runtime: Node.js and the bundle, nothing else; runs as the unprivileged `node` user of the base image.
# ---------------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# NODE_OPTIONS: V8's young generation at 8 MiB semi-spaces instead of 16 (a request's garbage is small and short-
# lived: scavenges stay cheap), and the old space capped at 256 MiB. With V8's default cap (a share of the machine's
# memory: gigabytes) the heap grows far ahead of what is live: 32 payment lists of 6,780 rows at once peaked at
# 368 MiB resident; with the cap, V8 collects sooner and the same load peaked at 196 MiB (bench/README.md). What is
# live stays well under it: at most 4 lists are built at once (welfare/payment-bulkhead.ts), and the demo seed of a
# first start with DEMO_MODE=true (the whole registry built in the process) completed under it at 370 MiB resident.
ENV NODE_ENV=production \
    NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=256" \
    PORT=3000 \
    HOST=0.0.0.0

# The API finds the repository root four levels above dist/config (REPO_ROOT in src/config/config.ts), so the
# bundle sits at apps/api below /app as it does in the repository: DATA_DIR then defaults to /app/.data and
# WEB_DIST to /app/apps/web/dist (absent here: nginx serves the SPA; the API logs one warning about it).
WORKDIR /app/apps/api

# Root-owned and read-only for the app. Note: the `embedded-postgres` dependency (with its PostgreSQL binaries,
# ~60 MB) is in the bundle because the API lists it, but it is only loaded when DATABASE_URL is unset; with
# DATABASE_URL set (as in compose.yaml) it is never used.
COPY --from=build /out ./

# The only folder the app may write to: demo mode keeps its generated token secret there when AUTH_SECRET is
# unset. Mount a volume on it if you ever rely on that.
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node

EXPOSE 3000

# /health answers 200 when the API and its database respond, 503 otherwise. start-period covers the migrations
# that run at boot (and demo seeding, a few seconds, when DEMO_MODE=true).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node is PID 1: main.ts handles SIGTERM/SIGINT itself (closes the app and its database pool).
CMD ["node", "dist/main.js"]
