import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { HttpHandler } from 'msw';
import { type ReactNode, useLayoutEffect, useMemo, useState } from 'react';
import { createFollowHandlers, type FollowDb } from '../mocks/index';
import { FollowProvider } from '../src/components/index';
import { createRestFollowClient } from '../src/rest';
import { ALL_CATALOGS } from '../test/catalogs';
import { openStage } from './mockBackend';
import { SimulatePanel } from './SimulatePanel';
import { type ScenarioName, STORY_SCENARIOS } from './scenarios';

interface MockWorldProps {
  /** Called once per mount: every story starts from a fresh server. */
  createDb: () => FollowDb;
  /** The story's own handlers, in front of the scenario's. */
  storyHandlers: (() => HttpHandler[]) | undefined;
  /** The client's timeout (see `FollowKitParameters.followTimeoutMs`). */
  timeoutMs: number | undefined;
  userID: string;
  locale: string;
  scenario: ScenarioName;
  /** Show the floating "Simulate" panel (story view only, not on docs pages). */
  simulate: boolean;
  children: ReactNode;
}

/** A story's own mock server (db + scenario) and a kit signed in to it. */
export function MockWorld({
  createDb,
  storyHandlers,
  timeoutMs,
  userID,
  locale,
  scenario,
  simulate,
  children,
}: MockWorldProps) {
  const [db] = useState(createDb);
  const [stage] = useState(openStage);
  // A layout effect runs before any passive effect, so before the first query is sent.
  useLayoutEffect(() => {
    stage.serve([
      ...(storyHandlers ? storyHandlers() : []),
      ...STORY_SCENARIOS[scenario].handlers(),
      ...createFollowHandlers(db),
    ]);
    return () => stage.close();
  }, [stage, db, scenario, storyHandlers]);
  return (
    <>
      <SignedInKit
        key={userID}
        db={db}
        baseUrl={stage.baseUrl}
        timeoutMs={timeoutMs}
        userID={userID}
        locale={locale}
      >
        {children}
      </SignedInKit>
      {simulate && <SimulatePanel db={db} userID={userID} />}
    </>
  );
}

interface SignedInKitProps {
  db: FollowDb;
  baseUrl: string;
  timeoutMs: number | undefined;
  userID: string;
  locale: string;
  children: ReactNode;
}

/** Keyed by user: switching users starts a fresh cache, as signing in again would. */
function SignedInKit({ db, baseUrl, timeoutMs, userID, locale, children }: SignedInKitProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const client = useMemo(() => {
    // Any toolbar user can sign in to any story's world: add them if the world lacks them.
    if (!db.hasUser(userID)) db.addUser({ userID });
    return createRestFollowClient({
      baseUrl,
      userID,
      events: db.eventsFor(userID),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  }, [db, baseUrl, userID, timeoutMs]);
  return (
    <QueryClientProvider client={queryClient}>
      <FollowProvider
        client={client}
        userID={userID}
        locale={locale}
        catalogs={ALL_CATALOGS}
        profile={db.getUser(userID)}
      >
        {children}
      </FollowProvider>
    </QueryClientProvider>
  );
}
