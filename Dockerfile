# One image for every piece: `node server/dist/main.js <all|org|scoring|gateway|seed>`.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 build && npx -y pnpm@10 prune --prod --ignore-scripts || true

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DEPLOYMENT=production LISTEN_HOST=0.0.0.0 DATA_DIR=/data
# The code belongs to root and is read-only to the server; only /data (the embedded SQLite file,
# evidence uploads) is writable, by the unprivileged "node" user (uid 1000) the process runs as:
# a compromised process cannot rewrite the application, and nothing runs as root.
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /data/uploads && chown -R node:node /data
USER node:node
EXPOSE 4000 4001 4002
# The heap grows by at most 40 % past what a full collection keeps (as `pnpm start`, see server/bench/served.ts).
CMD ["node", "--heap-growing-percent=40", "server/dist/main.js", "all"]
