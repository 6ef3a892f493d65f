import { afterAll, beforeAll, expect, test } from 'vitest';
import { openStage, startMockWorker } from '../../.storybook/mockBackend';

let stop = () => {};
beforeAll(async () => {
  const worker = await startMockWorker();
  stop = () => worker.stop();
});
afterAll(() => stop());

const check = (baseUrl: string) =>
  fetch(`${baseUrl}/v4/follow/follow_check`, {
    method: 'POST',
    body: JSON.stringify({ From_Account: 'me', To_Account: ['alice'] }),
  });

test("a call that outlives its story's stage is answered by the worker, not the dev server", async () => {
  const stage = openStage();
  stage.close();
  // Let through, the dev server would answer 404 and the console would log it.
  const response = await check(stage.baseUrl);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30001 });
});
