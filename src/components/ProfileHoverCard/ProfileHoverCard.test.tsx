import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit } from '../../../test/harness';
import { ProfileHoverCard } from './ProfileHoverCard';

function db() {
  return createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice', selfSignature: 'Hi' }],
  });
}

function Page({ openDelay = 40 }: { openDelay?: number }) {
  return (
    <>
      <button type="button">Before</button>
      <div>
        Posted by{' '}
        <ProfileHoverCard userID="alice" openDelay={openDelay} closeDelay={40}>
          <a href="/u/alice">Alice</a>
        </ProfileHoverCard>
      </div>
      <button type="button">After</button>
    </>
  );
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('ProfileHoverCard', () => {
  it('opens on hover after a moment, stays open over the card, closes when the pointer leaves', async () => {
    const user = userEvent.setup();
    const { container } = renderWithFollowKit(<Page openDelay={300} />, { db: db() });
    const link = screen.getByRole('link', { name: 'Alice' });
    expect(link).toHaveAttribute('aria-expanded', 'false');

    await user.hover(link);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Alice' });
    expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(link).toHaveAttribute('aria-controls', dialog.id);
    expect(await within(dialog).findByRole('button', { name: 'Follow Alice' })).toBeEnabled();
    expect(dialog).not.toHaveAttribute('aria-modal');
    await expectNoAxeViolations(container);

    // Moving onto the card keeps it open (WCAG 1.4.13: hoverable).
    await user.hover(dialog);
    await wait(80);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.unhover(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(link).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on keyboard focus; Tab walks into the card and out of it, which closes it', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<Page />, { db: db() });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Alice' })).toHaveFocus();
    const dialog = await screen.findByRole('dialog', { name: 'Alice' });
    const follow = await within(dialog).findByRole('button', { name: 'Follow Alice' });

    await user.tab();
    expect(follow).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByRole('button', { name: 'Following Alice' })).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes on Escape, returns focus to the trigger, and does not reopen until focus leaves', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<Page />, { db: db() });
    await user.tab();
    await user.tab();
    const link = screen.getByRole('link', { name: 'Alice' });
    const dialog = await screen.findByRole('dialog', { name: 'Alice' });
    await user.tab();
    expect(await within(dialog).findByRole('button', { name: 'Follow Alice' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    await wait(80);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.tab({ shift: true });
    await user.tab();
    expect(await screen.findByRole('dialog', { name: 'Alice' })).toBeInTheDocument();
  });

  it('Escape closes a card opened by hover too, wherever focus is', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<Page />, { db: db() });
    await user.hover(screen.getByRole('link', { name: 'Alice' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a pointer that only passes over the trigger opens nothing', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<Page />, { db: db() });
    const link = screen.getByRole('link', { name: 'Alice' });
    await user.hover(link);
    await user.unhover(link);
    await wait(80);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("keeps the trigger's own handlers and ref", async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    let node: HTMLAnchorElement | null = null;
    renderWithFollowKit(
      <ProfileHoverCard userID="alice" openDelay={10}>
        <a
          href="/u/alice"
          ref={(element) => {
            node = element;
          }}
          onFocus={() => seen.push('focus')}
          onPointerEnter={() => seen.push('enter')}
        >
          Alice
        </a>
      </ProfileHoverCard>,
      { db: db() },
    );
    await user.hover(screen.getByRole('link'));
    await user.tab();
    expect(seen).toEqual(['enter', 'focus']);
    expect(node).toBe(screen.getByRole('link'));
  });

  describe('in a portal (container)', () => {
    function PostPage() {
      return (
        <>
          <button type="button">Before</button>
          <p>
            Posted by{' '}
            <ProfileHoverCard
              userID="alice"
              openDelay={40}
              closeDelay={40}
              container={document.body}
            >
              <a href="/u/alice">Alice</a>
            </ProfileHoverCard>{' '}
            <a href="/post/1">2 h</a>
          </p>
          <button type="button">After</button>
        </>
      );
    }

    it('renders the card outside a <p> trigger, so the markup stays valid', async () => {
      const errors = vi.spyOn(console, 'error');
      const user = userEvent.setup();
      const { container } = renderWithFollowKit(<PostPage />, { db: db() });
      await user.hover(screen.getByRole('link', { name: 'Alice' }));
      const dialog = await screen.findByRole('dialog', { name: 'Alice' });
      expect(container.querySelector('p')).not.toContainElement(dialog);
      expect(dialog.parentElement).toBe(document.body);
      expect(await within(dialog).findByRole('button', { name: 'Follow Alice' })).toBeEnabled();
      expect(errors).not.toHaveBeenCalled();
      await expectNoAxeViolations(dialog);
      errors.mockRestore();
    });

    it('keeps Tab order: trigger → card → what follows the trigger, and back', async () => {
      const user = userEvent.setup();
      renderWithFollowKit(<PostPage />, { db: db() });
      await user.tab();
      await user.tab();
      const link = screen.getByRole('link', { name: 'Alice' });
      expect(link).toHaveFocus();
      const dialog = await screen.findByRole('dialog', { name: 'Alice' });
      const follow = await within(dialog).findByRole('button', { name: 'Follow Alice' });
      const controls = within(dialog).queryAllByRole('button');
      const last = controls[controls.length - 1];

      await user.tab();
      expect(follow).toHaveFocus();
      await user.tab({ shift: true });
      expect(link).toHaveFocus();
      expect(screen.getByRole('dialog')).toBeInTheDocument();

      await user.tab();
      last?.focus();
      await user.tab();
      // The post's next link, not the page's last button (where the card sits in the DOM).
      expect(screen.getByRole('link', { name: '2 h' })).toHaveFocus();
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    });

    it("takes the trigger's theme and direction along into the portal", async () => {
      const user = userEvent.setup();
      renderWithFollowKit(
        <div data-rfk-theme="dark" dir="rtl">
          <PostPage />
        </div>,
        { db: db() },
      );
      await user.hover(screen.getByRole('link', { name: 'Alice' }));
      const dialog = await screen.findByRole('dialog', { name: 'Alice' });
      expect(dialog).toHaveAttribute('data-rfk-theme', 'dark');
      expect(dialog).toHaveAttribute('dir', 'rtl');
    });

    it('Escape in the card closes it and puts focus back on the trigger', async () => {
      const user = userEvent.setup();
      renderWithFollowKit(<PostPage />, { db: db() });
      await user.tab();
      await user.tab();
      const dialog = await screen.findByRole('dialog', { name: 'Alice' });
      await within(dialog).findByRole('button', { name: 'Follow Alice' });
      await user.tab();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Alice' })).toHaveFocus();
    });
  });
});
