import type { QueryClient } from '@tanstack/react-query';
import { FollowError } from '../client/errors';

/** How many times a read is retried after its first failure, at most. */
export const MAX_READ_RETRIES = 3;

/**
 * Retry a read only when trying again may succeed (`FollowError.retryable`: server busy,
 * network, timeout, rate limit). An unknown user, an invalid ID or a malformed answer fails
 * after exactly one request.
 */
export function retryRetryableFollowErrors(failureCount: number, error: Error): boolean {
  return failureCount < MAX_READ_RETRIES && error instanceof FollowError && error.retryable;
}

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s (TanStack Query's own curve). */
export function followRetryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

/** The kit's retry rule as query options. */
export const followRetryOptions = {
  retry: retryRetryableFollowErrors,
  retryDelay: followRetryDelay,
} as const;

/**
 * The retry options a follow read carries: the kit's rule, unless the QueryClient's own
 * `defaultOptions.queries.retry` says otherwise (a test client with `retry: false`, say):
 * query options would override it, and an explicit choice of the app wins.
 */
export function followRetryOptionsFor(queryClient: QueryClient) {
  return queryClient.getDefaultOptions().queries?.retry === undefined ? followRetryOptions : {};
}
