import { HttpResponse } from 'msw';
import type { RestBaseResponse } from '../src/client/protocol';

/** An `ActionStatus: 'OK'` body carrying `fields`, with HTTP 200. */
export function restOk<T extends object>(fields: T) {
  const base: RestBaseResponse = {
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
    ErrorDisplay: '',
  };
  return HttpResponse.json({ ...fields, ...base });
}

/** An `ActionStatus: 'FAIL'` body, with HTTP 200 as the real server sends API errors. */
export function restFail(code: number, info: string) {
  const body: RestBaseResponse = {
    ActionStatus: 'FAIL',
    ErrorCode: code,
    ErrorInfo: info,
    ErrorDisplay: '',
  };
  return HttpResponse.json(body);
}
