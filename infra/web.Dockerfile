# syntax=docker/dockerfile:1

# The web container: the built Vite client served by nginx, which is also the only way in to the API
# replicas and the Socket.IO gateways (infra/nginx/default.conf).
#
# The first three stages are infra/Dockerfile's, line for line, so the two builds share them through
# the build cache. Keep them identical.

FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
# Only what `npm install` reads, so the slow install layer below is rebuilt when a package.json or the
# lock file changes, not on every source edit. Workspaces sit at most two levels down.
RUN mkdir /manifests \
 && find . -maxdepth 3 -name package.json -not -path "*/node_modules/*" -exec cp --parents {} /manifests/ \; \
 && cp package-lock.json .npmrc /manifests/

FROM node:20-bookworm-slim AS deps
# better-sqlite3 compiles from source whenever no prebuilt binary can be downloaded for this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=manifests /manifests/ ./
# `npm ci`: exactly the versions the lock file lists.
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

# 1.27.3 or newer: the `resolve` parameter of upstream servers (see default.conf) arrived in open-source
# nginx with 1.27.3.
FROM nginx:1.27.5-alpine
RUN rm -rf /usr/share/nginx/html/*
COPY infra/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY infra/nginx/proxy-headers.conf /etc/nginx/proxy-headers.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 80
