#!/usr/bin/env node
/**
 * The JavaScript a browser downloads to show the login page, gzipped: the entry script and module
 * preloads index.html names, and every chunk those import statically (not the lazy routes, which
 * load on first visit). Reads a finished build (default dist/apps/web; build it first with
 * `npx nx run web:build`).
 *
 *   node tools/web-weight.mjs [build-dir] [--max-kb=300]
 *
 * Prints each file with its gzipped size and the total; with --max-kb, exits 1 above that budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist/apps/web';
const budget = Number(args.find((a) => a.startsWith('--max-kb='))?.split('=')[1] ?? NaN);

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => m[1].replace(/^\//, ''));

// Static imports only: `import{a}from"./x.js"` and `import"./x.js"`; `import("./x.js")` is lazy.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

const seen = new Map();
function visit(file) {
  if (seen.has(file)) return;
  const code = readFileSync(join(dir, file));
  seen.set(file, gzipSync(code).length);
  for (const [, spec] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    if (!spec.startsWith('.')) continue;
    visit(posix.join(dirname(file), spec));
  }
}
entries.forEach(visit);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [...seen].sort((a, b) => b[1] - a[1]);
for (const [file, size] of rows) console.log(`${kb(size).padStart(8)} KB  ${file}`);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
console.log(`${kb(total).padStart(8)} KB  login route, gzipped JavaScript (${rows.length} files)`);
if (Number.isFinite(budget) && total > budget * 1024) {
  console.error(`Over the budget of ${budget} KB`);
  process.exit(1);
}
