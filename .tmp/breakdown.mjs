import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const src = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'rfk-bd-'));
const entry = join(dir, 'entry.js');
writeFileSync(entry, src);
const ext = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//];
const out = await build({
  configFile: false,
  logLevel: 'silent',
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    write: false,
    minify: true,
    lib: { entry, formats: ['es'], fileName: 'entry' },
    rollupOptions: { external: (id) => ext.some((p) => p.test(id)) },
  },
});
const chunks = (Array.isArray(out) ? out : [out])
  .flatMap((r) => r.output)
  .filter((c) => c.type === 'chunk');
for (const c of chunks) {
  const rows = Object.entries(c.modules)
    .map(([id, m]) => [m.renderedLength, id.replace('/work/main/', '')])
    .sort((a, b) => b[0] - a[0]);
  const total = rows.reduce((s, r) => s + r[0], 0);
  console.log(`chunk ${c.fileName} ${c.code.length} min bytes, modules total ${total}`);
  for (const [n, id] of rows) if (n > 0) console.log(String(n).padStart(7), id);
}
