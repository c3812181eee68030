import { loadConfig } from '@gatehouse/config';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const config = loadConfig();
const api = new URL(config.urls.api);

/**
 * Development: the SPA on ports.web, `/graphql` proxied to the API so the session cookie is
 * first-party, as in production (server/main.ts does the same proxying there).
 */
export default defineConfig({
  plugins: [react()],
  server: {
    host: config.host,
    port: config.ports.web,
    strictPort: true,
    proxy: {
      '/graphql': {
        target: api.origin,
        rewrite: (path) => path.replace(/^\/graphql/, api.pathname),
      },
    },
  },
  preview: {
    host: config.host,
    port: config.ports.web,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Assets stay files (CSP: img-src 'self' data:, but fonts and scripts must be 'self').
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            // Not `graphql`: a group takes every matching module, and the lazy explorer (GraphiQL)
            // uses far more of graphql-js than Apollo does; the first page would pay for it.
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|optimism|rxjs|tslib|@graphql-typed-document-node)[\\/]/ },
          ],
        },
      },
    },
  },
});
