# Lianzhao web image: Vite build of apps/web served by nginx (docker/nginx.conf), which also
# proxies /graphql and /health to http://api:3000. Build context is the repo root. Usual use:
#   JWT_SECRET=$(openssl rand -base64 48) docker compose -f docker/compose.yml up --build

FROM node:20-bookworm-slim AS build
# npm 11 honours package.json "allowScripts" (only listed packages run install scripts).
RUN npm install -g npm@11
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx build web --outputStyle=static

# nginx's master process binds port 80 as root; its worker processes run as the "nginx" user.
FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/dist/apps/web /usr/share/nginx/html
EXPOSE 80
