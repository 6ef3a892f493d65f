import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import {
  type RestCommand,
  type RestFollowGetInfoRequest,
  type RestFollowGetInfoResponse,
  restCommandPath,
} from '../src/client/protocol';

/** Story handlers (`parameters.followHandlers`) for states the mock world cannot reach cheaply. */

/** `command` never answers: the UI stays in its loading state. */
export function neverAnswers(command: RestCommand): HttpHandler[] {
  return [
    http.post(`*/v4/${restCommandPath(command)}`, async () => {
      await delay('infinite');
      return undefined;
    }),
  ];
}

/** Counts the real world reaches (millions of fans) but a story's db should not hold. */
export interface ReportedCounts {
  followers: number;
  following: number;
  mutual: number;
}

/** follow_get_info reports `counts` for every user asked about. */
export function reportsCounts(counts: ReportedCounts): HttpHandler[] {
  return [
    http.post('*/v4/follow/follow_get_info', async ({ request }) => {
      const { To_Account } = (await request.json()) as RestFollowGetInfoRequest;
      return HttpResponse.json<RestFollowGetInfoResponse>({
        ActionStatus: 'OK',
        ErrorCode: 0,
        ErrorInfo: '',
        ErrorDisplay: '',
        FollowInfo: To_Account.map((userID) => ({
          To_Account: userID,
          ResultCode: 0,
          ResultInfo: '',
          FollowerCount: counts.followers,
          FollowingCount: counts.following,
          MutualFollowingCount: counts.mutual,
        })),
      });
    }),
  ];
}
