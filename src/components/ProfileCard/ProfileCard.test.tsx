import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb, scenarios } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit, TEST_BASE_URL } from '../../../test/harness';
import { createRestFollowClient } from '../../client/createRestFollowClient';
import { ProfileCard } from './ProfileCard';

function db() {
  return createFollowDb({
    users: [
      { userID: 'me', nick: 'Me' },
      {
        userID: 'alice',
        nick: 'Alice',
        avatar: 'https://img.example.test/alice.png',
        selfSignature: 'Chess and coffee',
      },
      { userID: 'bob' },
    ],
    follows: [
      ['alice', 'me'],
      ['bob', 'alice'],
    ],
  });
}

describe('ProfileCard', () => {
  it("shows a user's name, ID, signature, counts and a follow button named for them", async () => {
    const { container } = renderWithFollowKit(<ProfileCard userID="alice" />, { db: db() });
    const card = await screen.findByRole('article', { name: 'Alice' });
    expect(card).toHaveAttribute('data-state', 'ready');
    expect(within(card).getByText('@alice')).toBeInTheDocument();
    expect(within(card).getByText('Chess and coffee')).toBeInTheDocument();
    expect(await within(card).findByText('Follows you')).toBeInTheDocument();
    expect(await within(card).findByTitle('1 follower')).toBeInTheDocument();
    expect(await within(card).findByRole('button', { name: 'Follow back Alice' })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('following from the card updates its button and counts at once', async () => {
    const user = userEvent.setup();
    const { db: store } = renderWithFollowKit(<ProfileCard userID="alice" />, { db: db() });
    await user.click(await screen.findByRole('button', { name: 'Follow back Alice' }));
    expect(await screen.findByRole('button', { name: 'Mutual Alice' })).toBeInTheDocument();
    expect(await screen.findByTitle('2 followers')).toBeInTheDocument();
    expect(store.followType('me', 'alice')).toBe(3);
  });

  it('names a user without a nick by their ID and shows no separate ID line', async () => {
    renderWithFollowKit(<ProfileCard userID="bob" />, { db: db() });
    const card = await screen.findByRole('article', { name: 'bob' });
    expect(within(card).queryByText('@bob')).not.toBeInTheDocument();
    expect(await within(card).findByRole('button', { name: 'Follow bob' })).toBeInTheDocument();
  });

  it('says so when the account does not exist, with nothing to follow', async () => {
    const { container } = renderWithFollowKit(<ProfileCard userID="ghost" />, { db: db() });
    const card = await screen.findByRole('article', { name: 'ghost' });
    expect(card).toHaveAttribute('data-state', 'unknown');
    expect(within(card).getByText("This account doesn't exist.")).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('announces loading, then a failure with a Retry that recovers', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<ProfileCard userID="alice" />, {
      db: db(),
      handlers: scenarios.failNext(1, 30006, { commands: ['portrait_get'] }),
    });
    expect(screen.getByRole('article', { name: 'Loading profile…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load this profile.");
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'Alice' })).toBeInTheDocument();
  });

  it('keeps right-to-left names and signatures isolated', async () => {
    const store = db();
    store.addUser({ userID: 'dana', nick: 'דנה', selfSignature: 'שלום עולם' });
    renderWithFollowKit(<ProfileCard userID="dana" />, { db: store });
    const card = await screen.findByRole('article', { name: 'דנה' });
    for (const text of ['דנה', 'שלום עולם']) {
      const bdi = within(card).getByText(text);
      expect(bdi.tagName).toBe('BDI');
      expect(bdi).toHaveAttribute('dir', 'auto');
    }
  });

  it('renders the knownFollowers slot under the follow button', async () => {
    renderWithFollowKit(<ProfileCard userID="alice" knownFollowers={<p>Followed by Bob</p>} />, {
      db: db(),
    });
    const card = await screen.findByRole('article', { name: 'Alice' });
    expect(within(card).getByText('Followed by Bob')).toBeInTheDocument();
  });

  it('with a client that has no profile look-up, shows the ID and still follows', async () => {
    const user = userEvent.setup();
    const { getUserProfile: _, ...withoutProfiles } = createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID: 'me',
    });
    renderWithFollowKit(<ProfileCard userID="alice" />, { db: db(), client: withoutProfiles });
    const card = await screen.findByRole('article', { name: 'alice' });
    await user.click(await within(card).findByRole('button', { name: 'Follow back alice' }));
    expect(await within(card).findByRole('button', { name: 'Mutual alice' })).toBeInTheDocument();
  });

  it('speaks the locale', async () => {
    renderWithFollowKit(<ProfileCard userID="ghost" />, { db: db(), locale: 'ja' });
    expect(await screen.findByText('このアカウントは存在しません。')).toBeInTheDocument();
  });
});
