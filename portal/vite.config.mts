import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API during `npm run portal:dev` (start it with PUBLIC_URL=http://localhost:5173). */
const api = process.env.STEWARD_API ?? 'http://127.0.0.1:4000';

/**
 * Writes `x.br` and `x.gz` beside every text asset once the bundle is written, compressed once at
 * build time at the highest levels, so the server sends the smallest file the browser accepts
 * without compressing anything per request (schema/portal/portal.http.ts picks one).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'steward-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of await readdir(assets)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const file = join(assets, name);
        const body = await readFile(file);
        await writeFile(
          `${file}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        );
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/portal', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Chromium, Firefox and Safari of today load modules natively: no polyfill (it would be code nobody needs).
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    // One chunk for now (about 160 kB gzipped, less as brotli); the budget is 300 kB gzipped for the first page (issue 11).
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
      // The server-rendered account pages that mailed links open.
      '^/(invitation|reset-password)(\\?|$)': api,
    },
  },
});
