import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API during `npm run portal:dev` (start it with PUBLIC_URL=http://localhost:5173). */
const api = process.env.STEWARD_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/portal', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Chromium, Firefox and Safari of today load modules natively: no polyfill (it would be code nobody needs).
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    // One chunk for now (about 160 kB gzipped); the budget is 300 kB gzipped for the first page (issue 11).
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    strictPort: true,
    // The server's own paths (schema/portal/portal.http.ts has the same list); the rest is the portal.
    proxy: {
      '^/(graphql|healthz|readyz|metrics|confirm|unsubscribe|preferences|privacy|imports)(/|\\?|$)': api,
      '^/(exports|audit|subscribe|o)/': api,
      '^/requests/(verify|status|new)': api,
      '^/breaches/[^/]+/impacts\\.csv': api,
    },
  },
});
