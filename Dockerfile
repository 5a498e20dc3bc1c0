# Trilogue: one image for every app node; docker-compose.yml runs two of them behind nginx.
FROM node:20-bookworm-slim

ENV CI=true
RUN npm install -g pnpm@10

WORKDIR /app

# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile

COPY . .
# Builds the browser client into client/dist; the server runs its TypeScript source through tsx.
RUN pnpm build

RUN mkdir -p /var/lib/trilogue && chown node:node /var/lib/trilogue

ENV HOST=0.0.0.0 \
    PORT=3000 \
    CLIENT_DIST=/app/client/dist \
    DATA_DIR=/var/lib/trilogue

USER node
WORKDIR /app/server
EXPOSE 3000

HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node itself is the container's main process (not pnpm), so SIGTERM reaches the server's graceful stop.
CMD ["node", "--import", "tsx", "src/server.ts"]
