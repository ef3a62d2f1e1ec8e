# Lianzhao API image (NestJS, ES-module bundle in dist/apps/api + production node_modules).
# Build context is the repo root. Usual use, from the repo root:
#   JWT_SECRET=$(openssl rand -base64 48) docker compose -f docker/compose.yml up --build
# Alone: docker build -f docker/api.Dockerfile -t lianzhao-api .

# npm 11 honours package.json "allowScripts" (only listed packages run install scripts).
FROM node:20-bookworm-slim AS npm11
RUN npm install -g npm@11

FROM npm11 AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx build api --outputStyle=static

# Third-party packages are not bundled: the runtime needs production node_modules.
FROM npm11 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 LIANZHAO_DATA_DIR=/app/.data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /repo/dist/apps/api ./dist/apps/api
# Writable only when DATABASE_URL is unset (embedded database); code stays root-owned.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Heap cap: bounds the API's memory (see tools/start.mjs for the figures); the same cap as `npm start`
# (tools/start.mjs) and the bench (tools/bench/services.mjs API_HEAP_MB).
CMD ["node", "--max-old-space-size=320", "dist/apps/api/main.js"]
