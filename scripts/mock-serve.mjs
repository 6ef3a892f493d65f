// `npm run mock:serve -- --port 4010`: the react-follow-kit-mock bin from the TypeScript
// sources, through Vite's module runner (no build, no extra TS runner).
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../mocks/cli.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
await module.runMockCli(process.argv.slice(2));
