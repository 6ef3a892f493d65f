import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { expect, it } from 'vitest';
import { createFollowDb } from '../mocks/index';
import { FollowButton, FollowCounts } from '../src/index';
import { renderWithFollowKit } from '../test/harness';
import { recordFigure } from './record';

const BUTTONS = 200;

/** Which profiled parts rendered, and how many commits the page made, since the last reset. */
function renderLog() {
  const rendered = new Set<string>();
  let commits = 0;
  let lastCommit = -1;
  const onRender: ProfilerOnRenderCallback = (id, _phase, _actual, _base, _start, commitTime) => {
    rendered.add(id);
    if (commitTime !== lastCommit) {
      commits += 1;
      lastCommit = commitTime;
    }
  };
  return {
    onRender,
    rendered,
    commits: () => commits,
    reset() {
      rendered.clear();
      commits = 0;
    },
  };
}

it(`counts the components that re-render when one of ${BUTTONS} buttons is clicked`, async () => {
  const users = Array.from({ length: BUTTONS }, (_, i) => ({
    userID: `user${i}`,
    nick: `User ${i}`,
  }));
  const db = createFollowDb({ users: [{ userID: 'me' }, ...users] });
  const log = renderLog();
  const { container } = renderWithFollowKit(
    <div>
      <Profiler id="counts:me" onRender={log.onRender}>
        <FollowCounts />
      </Profiler>
      <Profiler id="counts:user1" onRender={log.onRender}>
        <FollowCounts userID="user1" />
      </Profiler>
      {users.map(({ userID, nick }) => (
        <Profiler key={userID} id={`button:${userID}`} onRender={log.onRender}>
          <FollowButton userID={userID} name={nick} />
        </Profiler>
      ))}
    </div>,
    { db },
  );
  await waitFor(
    () => expect(container.querySelectorAll('button[data-state="none"]')).toHaveLength(BUTTONS),
    { timeout: 30_000 },
  );
  const mountCommits = log.commits();
  await waitFor(() => expect(container.querySelectorAll('.rfk-counts[aria-busy]')).toHaveLength(0));
  log.reset();

  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Follow User 0' }));
  await waitFor(() => expect(db.followType('me', 'user0')).toBe(2));
  // Let the answer settle (pending flag off) before reading the log.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

  const buttons = [...log.rendered].filter((id) => id.startsWith('button:'));
  const counts = [...log.rendered].filter((id) => id.startsWith('counts:'));
  recordFigure('renders.buttons_rerendered_per_click_of_200', buttons.length, 'buttons');
  recordFigure('renders.counts_rerendered_per_click', counts.length, 'counts');
  recordFigure('renders.commits_per_click', log.commits(), 'commits');
  recordFigure('renders.commits_mounting_200_buttons', mountCommits, 'commits');
}, 60_000);
