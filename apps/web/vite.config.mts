import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The browser talks to the API through the same origin: /graphql and /health are proxied.
const apiUrl = process.env.LIANZHAO_API_URL ?? 'http://localhost:3000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
  '/uploads': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  // @lianzhao/* aliases come from tsconfig.base.json (Vite 8 resolves them natively).
  resolve: { tsconfigPaths: true },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: Number(process.env.WEB_PORT ?? 4200), strictPort: true, proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    // Ant Design is one ~900 kB chunk (≈280 kB gzipped), shared by every page and cached across releases.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
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
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|@emotion)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
