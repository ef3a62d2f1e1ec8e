import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import compression from 'compression';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

/**
 * `npm start` serves the build with `vite preview`, whose static server marks every file no-cache.
 * Files under /assets/ carry a content hash in their name: a browser may keep them for a year
 * without asking again; anything else (index.html, which names the current assets) is revalidated.
 * Responses are compressed, as nginx does in the docker image (docker/nginx.conf).
 */
function previewCaching(): Plugin {
  return {
    name: 'lianzhao-preview-caching',
    configurePreviewServer(server) {
      const compress = compression();
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = req.url ?? '/';
        if (/^\/(graphql|uploads|health)\b/.test(url)) return next();
        const cacheControl = url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
        // sirv hands its headers to writeHead, where they would override one set beforehand.
        res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
          writeHead(status, { ...headers, 'Cache-Control': cacheControl })) as ServerResponse['writeHead'];
        compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], next);
      });
    },
  };
}

// The browser talks to the API through the same origin: /graphql, /uploads and /health are proxied.
const apiUrl = process.env.LIANZHAO_API_URL ?? 'http://localhost:3000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
  '/uploads': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), previewCaching()],
  // @lianzhao/* aliases come from tsconfig.base.json (Vite 8 resolves them natively).
  resolve: { tsconfigPaths: true },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: Number(process.env.WEB_PORT ?? 4200), strictPort: true, proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    // Ant Design is split by route: the login page loads only the components it shows (Form, Input,
    // Button, Alert, and App's message and modal), the tables, pickers and menus come with the pages
    // that use them. `node tools/web-weight.mjs` reports the login route's gzipped JavaScript.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // Our shared web libraries and the domain are imported through barrels (index.ts): declared
      // free of side effects, a page pulls in only the modules it uses, not the whole library
      // (the feature libraries are not: each registers its words as it loads).
      treeshake: {
        moduleSideEffects: (id: string) =>
          /[\\/]libs[\\/](web[\\/](ui|data)|domain)[\\/]/.test(id) ? false : undefined,
      },
      output: {
        // Long-lived vendor chunks, so a release of our own code does not re-download them.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 3,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
