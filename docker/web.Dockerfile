# syntax=docker/dockerfile:1.7
#
# Production image of the React SPA (apps/web): built with Vite, served by nginx, which also forwards /graphql and
# /health to the API service (see docker/nginx.conf).
#
# Build context: the repository root. From the root:
#   docker build -f docker/web.Dockerfile -t lao-platform/web .
# BuildKit is required (per-Dockerfile ignore file docker/web.Dockerfile.dockerignore, cache mounts).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------------
# build: `vite build` of apps/web, which compiles the TypeScript source of libs/domain into the bundle.
# ---------------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    CI=true
RUN corepack enable pnpm

WORKDIR /repo

# pnpm at the version of "packageManager" in package.json; cached until package.json changes.
COPY package.json ./
RUN corepack install

COPY . .

# The SPA and what it depends on (libs/domain) only.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --filter "@lao/web..."

# apps/web/vite.config.ts aliases @lao/domain to libs/domain/src, so the SPA needs its source (copied above);
# building libs/domain too keeps its dist/ entry available to any tool that resolves the package normally.
# The generated GraphQL hooks are committed (CI checks they are current), so no codegen step is needed here.
RUN pnpm --filter @lao/domain build \
 && pnpm --filter @lao/web build

# ---------------------------------------------------------------------------------------------------------------
# runtime: nginx with the static files.
# ---------------------------------------------------------------------------------------------------------------
FROM nginx:1.27-alpine AS runtime

# Replaces the image's default server; it is included inside the http block of /etc/nginx/nginx.conf.
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/apps/web/dist /usr/share/nginx/html

EXPOSE 80

# The SPA itself, not the API (the API has its own health check).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/index.html || exit 1
