import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages } from '../../../.storybook/storyMessages';
import { FollowPanel } from './FollowPanel';

/** Signed in as `me` (Mia Chen): 9 followers, 8 following, 3 mutual in the demo world. */
const meta = {
  title: 'Components/FollowPanel',
  component: FollowPanel,
  tags: ['autodocs'],
  args: { listProps: { height: 400 }, onValueChange: fn() },
} satisfies Meta<typeof FollowPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tab's accessible name: its title, then its count ("Followers 9"). */
function tabName(globals: Record<string, unknown>) {
  const { t, formatNumber } = storyMessages(globals);
  return (title: 'followersTitle' | 'followingTitle' | 'mutualTitle', count: number) => ({
    name: `${t(title)} ${formatNumber(count)}`,
  });
}

/** Whether a focused tab's outline lies wholly inside the (scrolling, so clipping) bar. */
function focusRingInside(tab: HTMLElement, bar: HTMLElement) {
  const style = getComputedStyle(tab);
  const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
  const ring = tab.getBoundingClientRect();
  const box = bar.getBoundingClientRect();
  return (
    style.outlineStyle !== 'none' &&
    ring.top - reach >= box.top - 0.5 &&
    ring.bottom + reach <= box.bottom + 0.5 &&
    ring.left - reach >= box.left - 0.5 &&
    ring.right + reach <= box.right + 0.5
  );
}

/** Tabs by click and by keyboard (arrows, Home, End), each mounting its list. */
export const Tabs: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', tab('followersTitle', 9));
    await expect(followers).toHaveAttribute('aria-selected', 'true');
    await expect(await canvas.findByRole('list', { name: t('followersTitle') })).toBeVisible();

    await userEvent.click(canvas.getByRole('tab', tab('followingTitle', 8)));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('following');
    await expect(await canvas.findByRole('list', { name: t('followingTitle') })).toBeVisible();

    await userEvent.keyboard('{ArrowRight}');
    const mutual = canvas.getByRole('tab', tab('mutualTitle', 3));
    await expect(mutual).toHaveFocus();
    await expect(focusRingInside(mutual, canvas.getByRole('tablist'))).toBe(true);
    await expect(await canvas.findByRole('list', { name: t('mutualTitle') })).toBeVisible();
    await userEvent.keyboard('{Home}');
    await expect(followers).toHaveAttribute('aria-selected', 'true');
  },
};

/** Following back from the Followers tab moves the Mutual tab's count at once. */
export const CountsFollowTheLists: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', tab('mutualTitle', 3));
    const list = await canvas.findByRole('list', { name: t('followersTitle') });
    await userEvent.click(
      await within(list).findByRole('button', { name: button('followBack', '佐藤ゆき') }),
    );
    await expect(canvas.getByRole('tab', tab('mutualTitle', 4))).toBeVisible();
    await expect(canvas.getByRole('tab', tab('followingTitle', 9))).toBeVisible();
  },
};

/** The panel in a column `width` px wide. */
function inColumn(width: number): Story['render'] {
  return (args) => (
    <div style={{ inlineSize: width }}>
      <FollowPanel {...args} />
    </div>
  );
}

/** Whether `inner` lies wholly inside `outer`'s box, along the line. */
function insideInline(inner: DOMRect, outer: DOMRect) {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}

/** Wrapped rather than cut: each of the tab's label and count shows whole, inside the tab. */
async function expectTabTextWhole(tab: HTMLElement) {
  const box = tab.getBoundingClientRect();
  for (const part of tab.querySelectorAll<HTMLElement>('[class^="rfk-panel__tab-"]')) {
    await expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth + 1);
    await expect(insideInline(part.getBoundingClientRect(), box)).toBe(true);
  }
}

/** A 280 px column, as on a small phone: every tab whole inside the bar, in every locale. */
export const NarrowColumn: Story = {
  render: inColumn(280),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', tabName(globals)('mutualTitle', 3));
    const bar = canvas.getByRole('tablist').getBoundingClientRect();
    for (const tab of canvas.getAllByRole('tab')) {
      await expect(insideInline(tab.getBoundingClientRect(), bar)).toBe(true);
      await expectTabTextWhole(tab);
    }
  },
};

/**
 * 150 px, narrower than any real column: the bar may scroll, but no word is cut, and the
 * tab the keyboard reaches scrolls into view.
 */
export const NarrowerThanTheTabs: Story = {
  render: inColumn(150),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const tab = tabName(globals);
    const followers = await canvas.findByRole('tab', tab('followersTitle', 9));
    const bar = canvas.getByRole('tablist');
    for (const each of canvas.getAllByRole('tab')) await expectTabTextWhole(each);
    followers.focus();
    await userEvent.keyboard('{End}');
    const mutual = canvas.getByRole('tab', tab('mutualTitle', 3));
    await expect(mutual).toHaveFocus();
    await waitFor(() =>
      expect(insideInline(mutual.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(true),
    );
  },
};

export const StartsOnMutual: Story = {
  args: { defaultValue: 'mutual' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('mutualTitle') });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  },
};

/** Famous Fiona's lists, seen by me: my own row has no button. */
export const AnotherUser: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', tabName(globals)('followersTitle', 5));
    const { t } = storyMessages(globals);
    const list = await canvas.findByRole('list', { name: t('followersTitle') });
    const myRow = (await within(list).findByText('Mia Chen')).closest('li') as HTMLElement;
    await expect(within(myRow).queryByRole('button')).toBeNull();
  },
};

export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('tablist', { name: '粉丝与关注' });
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', tab('followersTitle', 9));
    followers.focus();
    // Mirrored: in right-to-left text ArrowLeft moves forward.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', tab('followingTitle', 8))).toHaveFocus();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    await within(canvasElement).findByRole('list', { name: t('followersTitle') });
  },
};
