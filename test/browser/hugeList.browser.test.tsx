import { composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { RestFollowGetRequest } from '../../src/client/protocol';
import * as listStories from '../../src/components/FollowerList/FollowerList.stories';

const ROW_HEIGHT = 64;
const PAGE_SIZE = 1000;
const MAX_ROWS = 40;
/** FollowerList's default `loadAheadPx`: the next page is asked for this far before the end. */
const LOAD_AHEAD_PX = 600;
/** Wheel step near the loaded end: under the margin, so the end cannot be jumped over. */
const NEAR_STEP = LOAD_AHEAD_PX - 100;

/** What the page showed when the app sent a follow_get request. */
interface RequestSnapshot {
  cursor: string;
  /** Rows loaded so far. */
  loaded: number;
  /** Position (1-based) of the last row at least partly visible, 0 if none. */
  lastVisible: number;
}

function followersList(): HTMLUListElement | null {
  return document.querySelector<HTMLUListElement>('ul[aria-label="Followers"]');
}

/** Loaded rows, from the list's height: the virtualizer sizes it for every loaded row. */
function loadedRows(list: HTMLElement): number {
  return Math.round(list.getBoundingClientRect().height / ROW_HEIGHT);
}

function renderedRows(list: HTMLElement) {
  return [...list.querySelectorAll<HTMLLIElement>(':scope > li')].map((row) => ({
    row,
    userID: row.dataset.userId ?? '',
    position: Number(row.getAttribute('aria-posinset')),
  }));
}

function lastVisiblePosition(list: HTMLElement): number {
  const viewport = (list.parentElement as HTMLElement).getBoundingClientRect();
  let last = 0;
  for (const { row, position } of renderedRows(list)) {
    const box = row.getBoundingClientRect();
    if (box.bottom > viewport.top && box.top < viewport.bottom) last = Math.max(last, position);
  }
  return last;
}

/**
 * Resolves once the scroll position and the rendered rows have not moved for two frames and
 * the page has been idle once: frames alone can pass while tasks (an IntersectionObserver's
 * report, a response) still wait in the queue on a busy machine.
 */
async function settle(viewport: HTMLElement, list: HTMLElement) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  const state = () => `${viewport.scrollTop}|${list.childElementCount}|${list.style.height}`;
  for (let round = 0; round < 100; round++) {
    let last = state();
    let still = 0;
    while (still < 2) {
      await frame();
      const now = state();
      still = now === last ? still + 1 : 0;
      last = now;
    }
    await idle();
    if (state() === last) return;
  }
}

test('scrolling 100,000 followers to the end: pages load ahead, few rows, no duplicates', async () => {
  // Records, as the app sends each follow_get, what the list showed at that moment. (The app
  // looks `fetch` up per call; the msw handler would see the request later, after the worker.)
  const requests: RequestSnapshot[] = [];
  const realFetch = globalThis.fetch;
  onTestFinished(() => {
    globalThis.fetch = realFetch;
  });
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname.endsWith('/v4/follow/follow_get') && typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as RestFollowGetRequest;
      const list = followersList();
      requests.push({
        cursor: body.StartCursor,
        loaded: list ? loadedRows(list) : 0,
        lastVisible: list ? lastVisiblePosition(list) : 0,
      });
    }
    return realFetch(input, init);
  };
  const story = listStories.HundredThousandFollowers;
  const Story = composeStory(
    { ...story, args: { ...story.args, pageSize: PAGE_SIZE }, play: undefined },
    listStories.default,
  );
  await Story.load();
  render(<Story />);

  const listLocator = page.getByRole('list', { name: 'Followers' });
  await expect.element(listLocator).toBeVisible();
  const list = listLocator.element() as HTMLUListElement;
  const viewport = list.parentElement as HTMLElement;
  // The full size, from the counts: 100,000 fans of the celebrity and a few ordinary ones.
  await expect.poll(() => Number(list.querySelector('li')?.ariaSetSize)).toBeGreaterThan(100_000);
  const total = Number(list.querySelector('li')?.ariaSetSize);

  // Every row count the list ever had, seen by a MutationObserver (not only between steps).
  let minRows = Number.POSITIVE_INFINITY;
  let maxRows = 0;
  const countRows = () => {
    const count = list.childElementCount;
    minRows = Math.min(minRows, count);
    maxRows = Math.max(maxRows, count);
  };
  countRows();
  const observer = new MutationObserver(countRows);
  observer.observe(list, { childList: true });

  // The mouse over the list, as a reader's; then each step is one real wheel event.
  await userEvent.hover(viewport);
  const positionOf = new Map<string, number>();
  const userAt = new Map<number, string>();
  const problems: string[] = [];
  let steps = 0;
  let lastVisible = 0;
  const started = performance.now();
  while (lastVisible < total && steps < 5000) {
    // Scroll like a fast reader: one long wheel move while the loaded end is far away (landing
    // outside the load-ahead margin), then steps shorter than the margin, and a wait at the end.
    const loaded = loadedRows(list);
    const toLoadedEnd = loaded * ROW_HEIGHT - (viewport.scrollTop + viewport.clientHeight);
    if (toLoadedEnd <= 0 && loaded < total) {
      await expect.poll(() => loadedRows(list)).toBeGreaterThan(loaded);
      await settle(viewport, list);
      continue;
    }
    const delta = toLoadedEnd > 3 * NEAR_STEP ? toLoadedEnd - 2 * NEAR_STEP : NEAR_STEP;
    await commands.mouseWheel(0, delta);
    await settle(viewport, list);
    steps += 1;

    const rows = renderedRows(list);
    if (rows.length > MAX_ROWS) problems.push(`${rows.length} rows in the DOM at step ${steps}`);
    for (const { userID, position } of rows) {
      const knownPosition = positionOf.get(userID);
      const knownUser = userAt.get(position);
      if (knownPosition !== undefined && knownPosition !== position)
        problems.push(`${userID} at rows ${knownPosition} and ${position}`);
      if (knownUser !== undefined && knownUser !== userID)
        problems.push(`row ${position} showed ${knownUser}, then ${userID}`);
      positionOf.set(userID, position);
      userAt.set(position, userID);
    }
    if (new Set(rows.map((row) => row.userID)).size !== rows.length)
      problems.push(`a user twice among the rendered rows at step ${steps}`);

    lastVisible = lastVisiblePosition(list);
    const loadedNow = loadedRows(list);
    if (lastVisible === loadedNow && loadedNow < total) {
      // The last loaded row is on screen: its next page must already have been asked for.
      const nextPageAsked = requests.filter((request) => request.cursor !== '').length;
      if (nextPageAsked < Math.ceil(loadedNow / PAGE_SIZE))
        problems.push(`row ${loadedNow} (the last loaded) visible before its next page was asked`);
    }
    if (problems.length > 0) break;
  }
  observer.disconnect();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(
    `scrolled ${total} rows in ${steps} wheel steps (${seconds} s): ${requests.length} follow_get, ` +
      `${minRows}–${maxRows} rows in the DOM, ${positionOf.size} distinct users rendered`,
  );

  expect(problems).toEqual([]);
  // The end: the last row is on screen, nothing more to load.
  expect(lastVisible).toBe(total);
  expect(loadedRows(list)).toBe(total);
  await expect.element(page.getByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  expect(list.querySelector(`li[aria-posinset="${total}"]`)).not.toBeNull();

  // Every page after the first was asked for while its predecessor's last row was off screen.
  const nextPages = requests.filter((request) => request.cursor !== '');
  expect(nextPages).toHaveLength(Math.ceil(total / PAGE_SIZE) - 1);
  for (const request of nextPages) expect(request.lastVisible).toBeLessThan(request.loaded);
  // The DOM stays small and about constant however far the list goes.
  expect(maxRows).toBeLessThanOrEqual(MAX_ROWS);
  expect(maxRows - minRows).toBeLessThanOrEqual(10);
  expect(positionOf.size).toBe(userAt.size);
}, 300_000);
