import { composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { FollowKitParameters } from '../.storybook/parameters';
import { createFollowDb, scenarios } from '../mocks/index';
import * as buttonStories from '../src/components/FollowButton/FollowButton.stories';
import { FollowButton } from '../src/components/FollowButton/index';
import { nextFrame, recordFigure, settled } from './record.browser';

/**
 * How long a click on FollowButton takes to show its new label when the server needs 2 s to
 * answer: the optimistic update should not wait for it. Timed in the page with
 * performance.now(), from just before the click is dispatched until a MutationObserver sees
 * the new label, on several buttons (median); and until the server's answer clears aria-busy.
 */
const LATENCY_MS = 2000;
const FRAME_MS = 16.7;
const USERS = Array.from({ length: 7 }, (_, i) => ({
  userID: `user${i + 1}`,
  nick: `User ${i + 1}`,
}));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Resolves with performance.now() when `button`'s text first becomes `label`. */
function whenLabel(button: HTMLElement, label: string): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (button.textContent !== label) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(button, { subtree: true, childList: true, characterData: true });
  });
}

test('click to new label on FollowButton, 2 s server latency', async () => {
  const parameters: FollowKitParameters = {
    followDb: () => createFollowDb({ users: [{ userID: 'me' }, ...USERS] }),
    followHandlers: () => scenarios.latency(LATENCY_MS),
  };
  const Story = composeStory(
    {
      args: { userID: 'user1' },
      parameters,
      render: () => (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
          {USERS.map(({ userID, nick }) => (
            <FollowButton key={userID} userID={userID} name={nick} />
          ))}
        </div>
      ),
    },
    buttonStories.default,
  );
  await Story.load();
  render(<Story />);
  // The relationships load through the same 2 s latency.
  for (const { nick } of USERS) {
    await expect
      .element(page.getByRole('button', { name: `Follow ${nick}` }), { timeout: LATENCY_MS * 5 })
      .toBeEnabled();
  }

  const toLabel: number[] = [];
  const toServer: number[] = [];
  for (const { nick } of USERS) {
    const button = page.getByRole('button', { name: `Follow ${nick}` }).element() as HTMLElement;
    await settled(() => document.body.innerHTML.length.toString());
    await nextFrame();
    const labelShown = whenLabel(button, 'Following');
    const start = performance.now();
    button.click();
    toLabel.push((await labelShown) - start);
    expect(button).toHaveAttribute('aria-busy', 'true');
    await expect
      .poll(() => button.getAttribute('aria-busy'), { timeout: LATENCY_MS * 3, interval: 5 })
      .toBeNull();
    toServer.push(performance.now() - start);
    expect(button).toHaveAccessibleName(`Following ${nick}`);
  }
  const ms = median(toLabel);
  await recordFigure('interaction.follow_click_to_label_2s_latency', ms, 'ms');
  await recordFigure(
    'interaction.follow_click_to_label_2s_latency_frames',
    ms / FRAME_MS,
    'frames',
  );
  await recordFigure('interaction.follow_click_to_server_answer', median(toServer), 'ms');
  expect(ms).toBeLessThan(LATENCY_MS);
  expect(median(toServer)).toBeGreaterThanOrEqual(LATENCY_MS);
});
