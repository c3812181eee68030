import { loadConfig } from '@gatehouse/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { graphqlDocumentImports } from './build/graphql-document-imports.ts';

const config = loadConfig();
const api = new URL(config.urls.api);

/**
 * GraphiQL's stylesheet embeds its fonts (Roboto, Fira Code) as data: URLs. The CSP has no
 * `font-src data:`, and Chrome reports each such face as a violation as soon as the sheet loads,
 * used or not; the explorer names the portal's system fonts instead (explorer.css), so the faces
 * are dropped here. It also takes about 260 KB (gzip) off the explorer's stylesheet.
 */
function stripGraphiqlFonts(): Plugin {
  return {
    name: 'gatehouse:strip-graphiql-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
    },
  };
}

/**
 * Development: the SPA on ports.web, `/graphql` proxied to the API so the session cookie is
 * first-party, as in production (server/main.ts does the same proxying there).
 */
export default defineConfig({
  plugins: [graphqlDocumentImports(fileURLToPath(new URL('./src/graphql/generated/', import.meta.url))), react(), stripGraphiqlFonts()],
  resolve: {
    // rxjs (Apollo Client's observables) resolves to its ES5 build by default: classes as
    // functions plus tslib helpers. Its `es2015` build is about 1 KB (gzip) smaller.
    conditions: ['es2015', ...defaultClientConditions],
  },
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
    // Written for tooling (the SPA benchmark reads them) but not referenced from the scripts,
    // and the web server never serves *.map: production does not hand out the source.
    sourcemap: 'hidden',
    // Assets stay files (CSP: img-src 'self' data:, but fonts and scripts must be 'self').
    assetsInlineLimit: 0,
    // Every browser the portal supports has <link rel="modulepreload">; the polyfill only adds
    // script to the first page.
    modulePreload: { polyfill: false },
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
