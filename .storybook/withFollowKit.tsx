import type { Decorator } from '@storybook/react-vite';
import { createDemoDb, createFollowDb, demoUsers } from '../mocks/index';
import { readGlobals } from './globals';
import { MockWorld } from './MockWorld';
import type { FollowKitParameters } from './parameters';
import { STORY_SCENARIOS, type StoryScenario } from './scenarios';

const createEmptyWorld = () => createFollowDb({ users: demoUsers });

/**
 * Every story runs against its own fresh mock server (`parameters.followDb`, default the
 * demo world) behind the toolbar's scenario, signed in as the toolbar's user, in the
 * toolbar's locale, theme and direction.
 */
export const withFollowKit: Decorator = (Story, { globals, parameters, viewMode }) => {
  const { userID, locale, theme, direction, scenario } = readGlobals(globals);
  const { followDb, followHandlers, followTimeoutMs } = parameters as FollowKitParameters;
  // Typed as the interface: inferred from the literal, the union lacks emptyWorld in most members.
  const { emptyWorld = false }: StoryScenario = STORY_SCENARIOS[scenario];
  const createDb = emptyWorld ? createEmptyWorld : (followDb ?? createDemoDb);
  return (
    <div
      className="rfk-sb-frame"
      data-rfk-theme={theme}
      data-view-mode={viewMode}
      dir={direction}
      lang={locale}
    >
      <MockWorld
        key={emptyWorld ? 'empty' : 'seeded'}
        createDb={createDb}
        storyHandlers={followHandlers}
        timeoutMs={followTimeoutMs}
        userID={userID}
        locale={locale}
        scenario={scenario}
        simulate={viewMode === 'story'}
      >
        <Story />
      </MockWorld>
    </div>
  );
};
