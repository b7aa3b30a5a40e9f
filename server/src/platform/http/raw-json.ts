import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type Encoding = 'br' | 'gzip';

/**
 * A value already serialised to JSON (a cached answer, issue 9): it travels inside an answer
 * object like any value, and the HTTP layer writes its text where it stands instead of
 * serialising the value again. JSON.stringify cannot embed raw text (JSON.rawJSON takes
 * primitives only), so `toJSON()` leaves a placeholder that `spliceRawJson()` replaces when the
 * body is sent. The placeholder carries a per-process random nonce: no client string can forge it.
 *
 * When a whole answer is `{"data": <this>}`, its bytes and their brotli/gzip forms are made once
 * and kept with the value (the value is shared by every request served from one cache entry).
 */
export class RawJson {
  private whole?: Buffer;
  private readonly encoded: Partial<Record<Encoding, Buffer>> = {};
  private readonly encoding: Partial<Record<Encoding, boolean>> = {};

  constructor(readonly json: string) {}

  /** Bytes held besides the text (for a cache's memory budget). */
  get extraBytes(): number {
    return (this.whole?.length ?? 0) + (this.encoded.br?.length ?? 0) + (this.encoded.gzip?.length ?? 0);
  }

  toJSON(): string {
    const token = `${NONCE}${(counter = (counter + 1) % Number.MAX_SAFE_INTEGER)}`;
    pending.set(token, { raw: this, at: Date.now() });
    sweep();
    return token;
  }

  /** `{"data":<json>}\n` as Apollo Server writes a clean answer. */
  answerBytes(): Buffer {
    this.whole ??= Buffer.from(`{"data":${this.json}}\n`);
    return this.whole;
  }

  /** The compressed answer when ready; the first call starts compressing it off the main thread. */
  compressedAnswer(encoding: Encoding): Buffer | null {
    const done = this.encoded[encoding];
    if (done) return done;
    if (!this.encoding[encoding]) {
      this.encoding[encoding] = true;
      const bytes = this.answerBytes();
      const callback = (error: Error | null, result: Buffer) => {
        if (!error) this.encoded[encoding] = result;
      };
      if (encoding === 'br')
        zlib.brotliCompress(
          bytes,
          {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          },
          callback,
        );
      else zlib.gzip(bytes, { level: 6 }, callback);
    }
    return null;
  }
}

const NONCE = `__par_raw_json_${randomBytes(16).toString('hex')}_`;
let counter = 0;
/** Placeholders written but not yet sent (an answer serialised and dropped is swept after a minute). */
const pending = new Map<string, { raw: RawJson; at: number }>();
let lastSweep = 0;
function sweep(): void {
  const now = Date.now();
  if (now - lastSweep < 10_000) return;
  lastSweep = now;
  for (const [token, entry] of pending) if (now - entry.at > 60_000) pending.delete(token);
}

/** The text with every placeholder replaced by its JSON (each placeholder is consumed). */
export function spliceRaw(text: string): string {
  if (pending.size === 0 || !text.includes(NONCE)) return text;
  let out = '';
  let from = 0;
  for (;;) {
    const at = text.indexOf(`"${NONCE}`, from);
    if (at < 0) break;
    const end = text.indexOf('"', at + 1);
    const token = text.slice(at + 1, end);
    const entry = pending.get(token);
    if (!entry) {
      out += text.slice(from, end + 1);
      from = end + 1;
      continue;
    }
    pending.delete(token);
    out += text.slice(from, at) + entry.raw.json;
    from = end + 1;
  }
  return out + text.slice(from);
}

const WHOLE_ANSWER = new RegExp(`^\\{"data":"(${NONCE}\\d+)"\\}\\n?$`);

/**
 * Express middleware (before the GraphQL handler): writes cached answers' text in place of their
 * placeholders; an answer that is only `{"data": <cached>}` goes out as the cached bytes, already
 * compressed when the client accepts it and the compressed form is ready.
 */
export function spliceRawJson(options: { encodingFor?: (req: Request) => Encoding | null } = {}): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      if (typeof body !== 'string' || pending.size === 0) return send(body);
      const whole = body.length < 200 ? WHOLE_ANSWER.exec(body) : null;
      const entry = whole ? pending.get(whole[1]) : undefined;
      if (whole && entry) {
        pending.delete(whole[1]);
        const encoding = options.encodingFor?.(req) ?? null;
        const compressed = encoding ? entry.raw.compressedAnswer(encoding) : null;
        if (encoding && compressed) {
          res.setHeader('Content-Encoding', encoding);
          const vary = String(res.getHeader('Vary') ?? '');
          if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
          return send(compressed);
        }
        return send(entry.raw.answerBytes());
      }
      return send(spliceRaw(body));
    }) as Response['send'];
    next();
  };
}
