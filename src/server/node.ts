/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { FetchHandler } from './createFollowProxy';

/** A Node `http` / Express request listener. */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** `request` as a web `Request`. Express's `originalUrl` keeps the mount path. */
export function toWebRequest(request: IncomingMessage): Request {
  const path = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '/';
  const url = new URL(path, `http://${request.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method: request.method ?? 'GET', headers };
  if (hasBody) {
    init.body = Readable.toWeb(request) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/**
 * Writes a web `Response` to `target`. A `Response.error()` (a simulated network failure)
 * destroys the socket, as a failed network would.
 */
export async function sendWebResponse(response: Response, target: ServerResponse): Promise<void> {
  if (response.type === 'error') {
    target.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  target.writeHead(response.status, response.statusText, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      target.write(next.value);
    }
  }
  target.end();
}

/**
 * Serves a fetch handler (e.g. `createFollowProxy(...)`) from Node's `http` or Express:
 * `http.createServer(toNodeHandler(proxy))`, `app.use('/api/im', toNodeHandler(proxy))`.
 * Mount it before any body parser (`express.json()`), which would consume the body.
 */
export function toNodeHandler(handler: FetchHandler): NodeRequestListener {
  return (request, response) => {
    void handler(toWebRequest(request))
      .then((answer) => sendWebResponse(answer, response))
      .catch(() => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  };
}
