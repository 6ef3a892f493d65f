import { composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { FollowKitParameters } from '../.storybook/parameters';
import { createFollowDb, generateFollowGraph, type MockUser } from '../mocks/index';
import { Avatar } from '../src/components/Avatar/index';
import * as listStories from '../src/components/FollowerList/FollowerList.stories';
import { recordFigure, settled } from './record.browser';

/**
 * DOM size of a follower list scrolled to its middle, in real Chromium: the kit's virtualized
 * `FollowerList` (paging from the mock server) against the same rows rendered plainly.
 */
const SIZES = [1000, 10_000, 100_000];
const ROW_HEIGHT = 64;
const HEIGHT = 420;

/** `count` fans of `me`, with the generator's varied profiles, and nobody else. */
function fansGraph(count: number) {
  return generateFollowGraph({
    seed: 7,
    userCount: 1,
    me: 'me',
    celebrityFans: count,
    celebrityID: 'me',
  });
}

/** Wheels `viewport` (a real mouse wheel over it) until row `position` is in its middle. */
async function scrollToRow(viewport: HTMLElement, position: number) {
  const target = (position - 0.5) * ROW_HEIGHT - viewport.clientHeight / 2;
  await userEvent.hover(viewport);
  for (let step = 0; step < 10_000; step++) {
    const remaining = target - viewport.scrollTop;
    if (Math.abs(remaining) < 1) return;
    const room = viewport.scrollHeight - viewport.clientHeight - viewport.scrollTop;
    if (room < 1) {
      // At the loaded end: wait for the next page (it was asked for ahead of time).
      const height = viewport.scrollHeight;
      await expect.poll(() => viewport.scrollHeight, { timeout: 30_000 }).toBeGreaterThan(height);
      continue;
    }
    await commands.mouseWheel(0, Math.min(remaining, room));
    await settled(() => `${viewport.scrollTop}|${viewport.scrollHeight}`);
  }
  throw new Error(`could not scroll to row ${position}`);
}

/** What the list holds once the rows stop changing. */
async function measure(root: HTMLElement, list: HTMLElement) {
  await settled(() => `${list.childElementCount}|${list.lastElementChild?.outerHTML.length}`);
  return {
    rows: list.querySelectorAll(':scope > li').length,
    elements: root.querySelectorAll('*').length,
  };
}

test.each(SIZES)(
  'the virtualized FollowerList of %i followers, scrolled to the middle',
  async (count) => {
    const parameters: FollowKitParameters = { followDb: () => createFollowDb(fansGraph(count)) };
    const Story = composeStory(
      { args: { type: 'followers', pageSize: 1000, height: HEIGHT }, parameters },
      listStories.default,
    );
    await Story.load();
    render(<Story />);
    const listLocator = page.getByRole('list', { name: 'Followers' });
    await expect.element(listLocator).toBeVisible();
    const list = listLocator.element() as HTMLElement;
    const viewport = list.parentElement as HTMLElement;
    const root = viewport.parentElement as HTMLElement;
    await expect.poll(() => Number(list.querySelector('li')?.ariaSetSize)).toBe(count);

    const middle = count / 2;
    await scrollToRow(viewport, middle);
    const { rows, elements } = await measure(root, list);
    expect(list.querySelector(`li[aria-posinset="${middle}"]`)).not.toBeNull();
    await recordFigure(`dom.rows_virtualized_${count}`, rows, 'rows');
    await recordFigure(`dom.elements_virtualized_${count}`, elements, 'elements');
  },
);

/** The markup of a FollowerRow (avatar, name, signature, follow button), without any hooks. */
function PlainRow({
  user,
  position,
  setSize,
}: {
  user: MockUser;
  position: number;
  setSize: number;
}) {
  const name = user.nick || user.userID;
  return (
    <li
      className="rfk-row"
      aria-posinset={position}
      aria-setsize={setSize}
      data-user-id={user.userID}
      style={{ height: ROW_HEIGHT }}
    >
      <Avatar userID={user.userID} name={name} src={user.avatar} decorative />
      <span className="rfk-row__text">
        <span className="rfk-row__name" dir="auto" title={name}>
          {name}
        </span>
        {user.selfSignature && (
          <span className="rfk-row__signature" dir="auto" title={user.selfSignature}>
            {user.selfSignature}
          </span>
        )}
      </span>
      <span className="rfk-follow" data-state="follower">
        <button
          type="button"
          className="rfk-follow-button"
          aria-label={`Follow back ${name}`}
          data-state="follower"
          data-size="sm"
          data-variant="outline"
        >
          <span className="rfk-follow-button__label">Follow back</span>
        </button>
      </span>
    </li>
  );
}

/** The list without virtualization: a plain `<ul>` with every row, in the list's frame. */
function PlainList({ users }: { users: MockUser[] }) {
  return (
    <div className="rfk-list" style={{ height: HEIGHT }} data-type="followers">
      <div className="rfk-list__viewport" style={{ height: '100%', overflowY: 'auto' }}>
        <ul aria-label="Followers" className="rfk-list__items" style={{ margin: 0, padding: 0 }}>
          {users.map((user, index) => (
            <PlainRow key={user.userID} user={user} position={index + 1} setSize={users.length} />
          ))}
        </ul>
      </div>
    </div>
  );
}

test.each(SIZES)(
  'the same %i rows without virtualization, scrolled to the middle',
  async (count) => {
    const users = fansGraph(count).users.filter((user) => user.userID !== 'me');
    const started = performance.now();
    render(<PlainList users={users} />);
    const list = page.getByRole('list', { name: 'Followers' }).element() as HTMLElement;
    await settled(() => String(list.childElementCount), 2);
    const renderMs = performance.now() - started;
    const viewport = list.parentElement as HTMLElement;
    await scrollToRow(viewport, count / 2);
    const { rows, elements } = await measure(viewport.parentElement as HTMLElement, list);
    expect(rows).toBe(count);
    await recordFigure(`dom.rows_unvirtualized_${count}`, rows, 'rows');
    await recordFigure(`dom.elements_unvirtualized_${count}`, elements, 'elements');
    await recordFigure(`dom.render_unvirtualized_${count}`, renderMs, 'ms');
  },
);
