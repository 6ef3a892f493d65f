import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Peers and optional peers: the app brings its own copy. */
const EXTERNAL = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^@tanstack\/react-virtual($|\/)/,
  /^@floating-ui\/react-dom($|\/)/,
  /^msw($|\/)/,
  /^@testing-library\/(react|user-event)$/,
  /^tls-sig-api-v2$/,
  /^node:/,
  /^@tencentcloud\/chat($|\/)/,
];

/** Ships the stylesheet as `dist/styles.css`; components never import it themselves. */
function emitStyles(): Plugin {
  return {
    name: 'react-follow-kit:styles',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync('src/styles.css', 'utf8'),
      });
    },
  };
}

/** The library build: ESM, one file per module so that bundlers can tree-shake. */
export default defineConfig({
  plugins: [react(), emitStyles()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        'src/index': 'src/index.ts',
        'src/rest': 'src/rest.ts',
        'src/locales/zh-CN': 'src/locales/zh-CN.ts',
        'src/locales/ko': 'src/locales/ko.ts',
        'src/locales/ja': 'src/locales/ja.ts',
        'mocks/index': 'mocks/index.ts',
        'mocks/node': 'mocks/node.ts',
        'mocks/browser': 'mocks/browser.ts',
        'mocks/bin': 'mocks/bin.ts',
        'src/server/index': 'src/server/index.ts',
        'mocks/tencent-chat/index': 'mocks/tencent-chat/index.ts',
        'testing/index': 'testing/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => EXTERNAL.some((pattern) => pattern.test(id)),
      output: {
        preserveModules: true,
        preserveModulesRoot: '.',
        entryFileNames: '[name].js',
      },
    },
  },
});
