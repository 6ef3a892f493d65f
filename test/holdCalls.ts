import { type HttpHandler, http } from 'msw';
import { FOLLOW_API_PATH } from '../mocks/handlers';

/**
 * Holds every follow call until `release()`, then lets it through to the handlers behind.
 * A test inspects a loading state at leisure (axe takes a while), and the answers arrive
 * while it awaits the settled UI, not in between.
 */
export function holdCalls(): { handlers: HttpHandler[]; release: () => void } {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handlers = [
    http.post(FOLLOW_API_PATH, async () => {
      await released;
      return undefined;
    }),
  ];
  return { handlers, release };
}
