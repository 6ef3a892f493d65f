import type {
  FollowEventHandler,
  FollowEventName,
  FollowEventSource,
  FollowListUpdatedEvent,
} from '../src/client/types';

/**
 * Calls every listener with `value`. A listener that throws must not stop the others nor
 * undo the change being reported, so its error is rethrown on its own task.
 */
export function notifyAll<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** SDK-style follow event handlers, per user and event name. */
export class FollowEventHub {
  private readonly handlers = new Map<string, Map<string, Set<FollowEventHandler>>>();

  /** The events of one user, with the SDK's `on` / `off`. */
  sourceFor(userID: string): FollowEventSource {
    return {
      on: (eventName, handler) => this.handlersOf(userID, eventName).add(handler),
      off: (eventName, handler) => {
        this.handlers.get(userID)?.get(eventName)?.delete(handler);
      },
    };
  }

  /** Whether anyone listens to `userID`'s events; lets callers skip building payloads. */
  isListening(userID: string): boolean {
    const byName = this.handlers.get(userID);
    return byName !== undefined && [...byName.values()].some((set) => set.size > 0);
  }

  /** Sends one event to `userID`'s handlers of `name`. */
  emit(userID: string, name: FollowEventName, data: FollowListUpdatedEvent): void {
    const handlers = this.handlers.get(userID)?.get(name);
    if (handlers) notifyAll(handlers, { name, data });
  }

  private handlersOf(userID: string, eventName: string): Set<FollowEventHandler> {
    const byName = this.handlers.get(userID) ?? new Map<string, Set<FollowEventHandler>>();
    this.handlers.set(userID, byName);
    const handlers = byName.get(eventName) ?? new Set<FollowEventHandler>();
    byName.set(eventName, handlers);
    return handlers;
  }
}
