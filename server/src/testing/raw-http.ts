import http from 'node:http';
import { expect } from 'vitest';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  contentType: string;
  body: string;
  json: {
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
    data?: Record<string, unknown> | null;
  };
}

/**
 * One request sent as written, with node:http — fetch would normalise `/files/../graphql` or
 * `//auth` before sending it. The body is parsed as JSON when it is JSON (else `json` is empty).
 */
export function rawRequest(
  base: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const url = new URL(base);
    const req = http.request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: RawAnswer['json'] = {};
        try {
          json = JSON.parse(text) as RawAnswer['json'];
        } catch {
          // left empty: the assertions on content type and body say what went wrong
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          contentType: String(res.headers['content-type'] ?? ''),
          body: text,
          json,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A refusal as the gateway must give it: JSON, coded, with its status; no stack trace, no HTML page. */
export function expectCodedJson(answer: RawAnswer, status: number, expectedCode: string): void {
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.body).not.toMatch(/<html|<pre>|\bat [\w.]+ \(|node_modules/i);
  expect(answer.status).toBe(status);
  expect(answer.json.errors?.[0]?.extensions?.code).toBe(expectedCode);
}
