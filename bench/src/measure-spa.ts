import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createWebServer } from '../../apps/web/server/create-web-server.ts';
import { median } from './stats.ts';

/** Chromium as e2e/playwright.config.ts launches it (STACK.md: Debian's Chromium, no CDN). */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** Admin screens' source files (the layout, which checks the role, is allowed in the first page). */
const ADMIN_SOURCE = /src\/routes\/admin\/(?!admin-layout)/;

export interface SpaFigures {
  /** Every JavaScript file of the build: name, bytes, gzip bytes. */
  build: { file: string; bytes: number; gzip: number }[];
  /** What Chromium requested for the signed-in catalogue page. */
  loaded: { file: string; bytes: number; gzip: number }[];
  loadedGzip: number;
  loadedBytes: number;
  /** Admin screens' source files among it, from the build's source maps. */
  adminSourcesLoaded: string[];
  /** Largest contentful paint of each load, ms. */
  lcp: number[];
  lcpMedian: number;
}

const gzipSize = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/** Builds the SPA as production does (vite build), into `outDir` so the app's own dist/ is left alone. */
export async function buildSpa(outDir: string): Promise<void> {
  const webDir = fileURLToPath(new URL('../../apps/web/', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    const child = spawn('pnpm', ['exec', 'vite', 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: webDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

/**
 * Item 4: serves the build with the production web server (its CSP, `/graphql` proxied to the API),
 * opens the developer portal's first page signed in, `loads` times in fresh browser contexts
 * (empty cache), and records the scripts Chromium fetched and the largest contentful paint
 * (PerformanceObserver, `largest-contentful-paint`, buffered).
 */
export async function measureSpa(distDir: string, apiUrl: string, cookie: string, loads: number): Promise<SpaFigures> {
  const assets = join(distDir, 'assets');
  const build = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzip: gzipSize(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);

  const server = createWebServer({ distDir, apiUrl });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM);
  const [name, value] = cookie.split('=') as [string, string];
  const lcp: number[] = [];
  let loaded: SpaFigures['loaded'] = [];
  let adminSourcesLoaded: string[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
      const page = await context.newPage();
      const scripts: Promise<{ file: string; body: Buffer }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ file: new URL(response.url()).pathname, body })));
      });
      await page.goto(`${origin}/portal/catalogue`, { waitUntil: 'networkidle' });
      if (!page.url().endsWith('/portal/catalogue')) throw new Error(`the catalogue page redirected to ${page.url()}: is the session cookie valid?`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      lcp.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
            }),
        ),
      );
      const bodies = await Promise.all(scripts);
      loaded = bodies.map(({ file, body }) => ({ file, bytes: body.length, gzip: gzipSize(body) })).sort((a, b) => b.gzip - a.gzip);
      adminSourcesLoaded = bodies.flatMap(({ file }) => sourcesOf(distDir, file)).filter((source) => ADMIN_SOURCE.test(source));
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return {
    build,
    loaded,
    loadedGzip: loaded.reduce((sum, f) => sum + f.gzip, 0),
    loadedBytes: loaded.reduce((sum, f) => sum + f.bytes, 0),
    adminSourcesLoaded,
    lcp,
    lcpMedian: median(lcp),
  };
}

/** The source files a built chunk came from (its source map; the build writes one per chunk). */
function sourcesOf(distDir: string, file: string): string[] {
  try {
    return (JSON.parse(readFileSync(join(distDir, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
  } catch {
    return [];
  }
}
