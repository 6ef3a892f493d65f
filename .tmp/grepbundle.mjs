import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const dir = mkdtempSync(join(tmpdir(), 'rfk-g-'));
const entry = join(dir, 'entry.js');
writeFileSync(entry, process.argv[2]);
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
writeFileSync('/tmp/bundle-entry.js', chunks.map((c) => c.code).join('\n//----\n'));
