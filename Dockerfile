# One image for every piece: `node server/dist/main.js <all|org|scoring|gateway|seed>`.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 build && (npx -y pnpm@10 prune --prod --ignore-scripts || true)
# The V8 code cache `pnpm start` keeps (server/src/platform/runtime/code-cache.ts: the cold start's
# compile and module lookup), baked here: the built server starts once on a throwaway SQLite database,
# with the flags and NODE_ENV of the CMD below (V8 refuses bytecode made under other flags), and
# writes the bytecode once ready. The image only reads it, from a folder its process cannot write
# (boot.ts). A server that does not start fails the build here.
RUN mkdir -p /app/.code-cache && \
    (NODE_ENV=production DEPLOYMENT=local DEMO_SEED=false LOG_LEVEL=warn DATA_DIR=/tmp/warm PAR_CODE_CACHE_DIR=/app/.code-cache \
       node --heap-growing-percent=40 server/dist/main.js all & \
     pid=$!; i=0; while [ ! -s /app/.code-cache/server.bin ] && [ $i -lt 120 ] && kill -0 $pid 2>/dev/null; do sleep 1; i=$((i+1)); done; \
     kill $pid 2>/dev/null; wait $pid; true) && \
    test -s /app/.code-cache/server.bin && rm -rf /tmp/warm

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DEPLOYMENT=production LISTEN_HOST=0.0.0.0 DATA_DIR=/data PAR_CODE_CACHE_DIR=/app/.code-cache
# The code belongs to root and is read-only to the server; only /data (the embedded SQLite file,
# evidence uploads) is writable, by the unprivileged "node" user (uid 1000) the process runs as:
# a compromised process cannot rewrite the application, and nothing runs as root.
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /data/uploads && chown -R node:node /data
USER node:node
EXPOSE 4000 4001 4002
# The heap grows by at most 40 % past what a full collection keeps (as `pnpm start`, see server/bench/served.ts).
CMD ["node", "--heap-growing-percent=40", "server/dist/main.js", "all"]
