import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createFollowDb } from '../mocks/index';
import { FollowCounts } from '../src/components/FollowCounts/index';
import { FollowerList } from '../src/components/FollowerList/index';
import { KnownFollowers } from '../src/components/KnownFollowers/index';
import { FollowButton } from '../src/index';
import { countFollowCalls, renderWithFollowKit, stubElementSize } from '../test/harness';
import { recordFigure } from './record';

function worldOf(userCount: number) {
  const users = Array.from({ length: userCount }, (_, i) => ({ userID: `user${i}` }));
  return { users, db: createFollowDb({ users: [{ userID: 'me' }, ...users] }) };
}

async function checkCallsFor(buttons: number, distinctUsers: number) {
  const { users, db } = worldOf(distinctUsers);
  const calls = countFollowCalls();
  const targets = Array.from({ length: buttons }, (_, i) => ({
    key: `button-${i}`,
    userID: users[i % distinctUsers]?.userID as string,
  }));
  const { container } = renderWithFollowKit(
    <div>
      {targets.map(({ key, userID }) => (
        <FollowButton key={key} userID={userID} />
      ))}
    </div>,
    { db },
  );
  // A plain selector: role queries over 1,000 buttons cost more than the work measured.
  await waitFor(
    () => expect(container.querySelectorAll('button[data-state="none"]')).toHaveLength(buttons),
    { timeout: 30_000 },
  );
  calls.stop();
  return calls.of('follow_check');
}

it('counts follow_check calls for 1,000 buttons on 1,000 and on 50 users', async () => {
  recordFigure(
    'requests.follow_check_1000_buttons_1000_users',
    await checkCallsFor(1000, 1000),
    'calls',
  );
  recordFigure(
    'requests.follow_check_1000_buttons_50_users',
    await checkCallsFor(1000, 50),
    'calls',
  );
}, 60_000);

it('counts list requests caused by a follow toggle on a page with lists and counts', async () => {
  const follows: Array<[string, string]> = Array.from({ length: 30 }, (_, i) => [`fan${i}`, 'me']);
  const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }], follows });
  stubElementSize({ height: 600, width: 400 });
  renderWithFollowKit(
    <div>
      <FollowCounts />
      <FollowButton userID="alice" name="Alice" />
      <FollowerList type="followers" />
      <FollowerList type="following" />
    </div>,
    { db },
  );
  const button = await screen.findByRole('button', { name: 'Follow Alice' });
  await screen.findAllByRole('button', { name: /^Follow back fan/ });
  const calls = countFollowCalls();
  const user = userEvent.setup();
  await user.click(button);
  // The header button comes first; the second "Following Alice" is her new row in my list.
  const [following] = await screen.findAllByRole('button', { name: 'Following Alice' });
  await user.click(following as HTMLElement);
  await screen.findByRole('button', { name: 'Follow Alice' });
  await waitFor(() => expect(db.followType('me', 'alice')).toBe(0));
  calls.stop();
  recordFigure('requests.list_requests_per_toggle', calls.of('follow_get') / 2, 'requests');
  recordFigure(
    'requests.all_requests_per_toggle',
    (calls.of('follow_add') + calls.of('follow_delete')) / 2,
    'requests',
  );
});

/** I follow `following` users; every tenth of them follows each target. */
function knownFollowersWorld(following: number, targets: string[]) {
  const follows: Array<[string, string]> = [];
  for (let i = 0; i < following; i++) {
    follows.push(['me', `f${i}`]);
    if (i % 10 === 0) for (const target of targets) follows.push([`f${i}`, target]);
  }
  return createFollowDb({
    users: [{ userID: 'me' }, ...targets.map((userID) => ({ userID }))],
    follows,
  });
}

async function knownFollowersCalls(following: number, pageSize?: number) {
  const db = knownFollowersWorld(following, ['tara', 'tom']);
  const calls = countFollowCalls();
  const { rerender, unmount } = renderWithFollowKit(<KnownFollowers userID="tara" />, {
    db,
    ...(pageSize ? { pageSize } : {}),
  });
  const total = following / 10;
  const sentence = new RegExp(`and ${total - 2} others you follow$`);
  await screen.findByText(sentence, {}, { timeout: 30_000 });
  const first = { get: calls.of('follow_get'), check: calls.of('follow_check') };
  rerender(<KnownFollowers userID="tom" />);
  await waitFor(() => expect(calls.of('follow_check')).toBeGreaterThan(first.check));
  await screen.findByText(sentence, {}, { timeout: 30_000 });
  calls.stop();
  unmount();
  return {
    first,
    second: {
      get: calls.of('follow_get') - first.get,
      check: calls.of('follow_check') - first.check,
    },
  };
}

it('counts the requests of known followers when I follow 5,000 users (the cap) and 50', async () => {
  for (const following of [5000, 50]) {
    const { first, second } = await knownFollowersCalls(following);
    const name = `requests.known_followers_following_${following}`;
    recordFigure(`${name}.follow_get`, first.get, 'calls');
    recordFigure(`${name}.follow_check`, first.check, 'calls');
    recordFigure(`${name}.second_target_follow_get`, second.get, 'calls');
    recordFigure(`${name}.second_target_follow_check`, second.check, 'calls');
  }
  // The list's page size is the client's: at the REST maximum, 5,000 follows are 5 pages.
  const { first } = await knownFollowersCalls(5000, 1000);
  recordFigure(
    'requests.known_followers_following_5000_page_size_1000.follow_get',
    first.get,
    'calls',
  );
}, 120_000);
