# IPS Platform: one Node process serving the API and the built web UI. Runs as a non-root user on
# a read-only root file system; writable are only /tmp (tsx's compile cache) and, for the embedded
# database, /data. A deployment sets DATABASE_URL (PostgreSQL) and IPS_SESSION_SECRET.

# --- build: all dependencies, the web UI bundle, then the dev dependencies dropped -----------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
RUN npm run build:web && npm prune --omit=dev --no-audit --no-fund

# --- run: sources (run through tsx, as `npm start` does), production modules and the bundle ------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    IPS_DATA_DIR=/data \
    IPS_DEMO_SEED=never \
    TMPDIR=/tmp
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/dist/web ./dist/web
# The image's files stay root's and read-only to the app; the node user (uid 1000) owns only /data.
RUN mkdir -p /data && chown 1000:1000 /data
USER 1000:1000
VOLUME ["/data", "/tmp"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run separately, as the schema's owner: `node bin/ips.js db migrate` (see docs/deploy).
CMD ["node", "--import", "tsx", "src/server/main.ts"]
