/// <reference types="node" />
import { parseArgs } from 'node:util';
import { type FollowMockServerOptions, type MockSeed, startFollowMockServer } from './http-server';

const USAGE = `Usage: react-follow-kit-mock [--port 4010] [--host 127.0.0.1] [--seed demo|graph]
  [--users 1000] [--data db.json] [--latency ms|min-max] [--strict --sdkappid N]
  --strict verifies sdkappid / identifier / usersig with the secret key in
  $FOLLOW_MOCK_SECRET_KEY (admin: --admin, default administrator).`;

function latencyOf(text: string): number | { min: number; max: number } {
  const [min, max] = text.split('-').map(Number);
  if (min === undefined || !Number.isFinite(min))
    throw new Error(`--latency ${text} is not ms or min-max`);
  return max === undefined ? min : { min, max };
}

/** The server options of a command line, or an Error whose message says what is wrong. */
export function parseMockArgs(args: string[], env = process.env): FollowMockServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: 'demo' },
      users: { type: 'string' },
      data: { type: 'string' },
      latency: { type: 'string' },
      strict: { type: 'boolean', default: false },
      sdkappid: { type: 'string' },
      admin: { type: 'string', default: 'administrator' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Error(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port`);
  if (values.seed !== 'demo' && values.seed !== 'graph')
    throw new Error('--seed must be demo or graph');
  const options: FollowMockServerOptions = {
    port,
    host: values.host,
    seed: values.seed as MockSeed,
  };
  if (values.users !== undefined) options.graphUsers = Number(values.users);
  if (values.data !== undefined) options.dataFile = values.data;
  if (values.latency !== undefined) options.scenario = { latency: latencyOf(values.latency) };
  if (values.strict) {
    const sdkAppID = Number(values.sdkappid);
    const secretKey = env.FOLLOW_MOCK_SECRET_KEY;
    if (!Number.isSafeInteger(sdkAppID)) throw new Error('--strict needs --sdkappid <number>');
    if (!secretKey) throw new Error('--strict needs the secret key in $FOLLOW_MOCK_SECRET_KEY');
    options.strict = { sdkAppID, secretKey, admins: [values.admin] };
  }
  return options;
}

/** `react-follow-kit-mock`: starts the server and stops it cleanly on SIGINT / SIGTERM. */
export async function runMockCli(args: string[]): Promise<void> {
  let options: FollowMockServerOptions;
  try {
    options = parseMockArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const server = await startFollowMockServer(options);
  console.log(`react-follow-kit-mock listening on ${server.url}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
