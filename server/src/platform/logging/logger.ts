import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Longest message or SQL text kept in a log line: one request must not write megabytes. */
const MAX_LOGGED_TEXT = 2000;

/** Quoted values the databases put in their own messages ("Duplicate entry 'x' for key …"). */
const QUOTED_VALUE = /(entry|value|for column|incorrect \w+ value:?)\s+'(?:[^'\\]|\\.)*'/gi;

function scrub(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const cleaned = text.replace(QUOTED_VALUE, "$1 '…'");
  return cleaned.length > MAX_LOGGED_TEXT ? `${cleaned.slice(0, MAX_LOGGED_TEXT)}… (${cleaned.length} characters)` : cleaned;
}

/**
 * Errors without the values a client sent: TypeORM's QueryFailedError carries the statement's
 * parameters (and mysql2 the statement with the values inlined, in `sql`), which put a client's
 * 2 MB text or a password hash into the log. The statement with its placeholders and the
 * driver's code stay, which is what one needs to find the fault.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (key === 'parameters') out.parameterCount = Array.isArray(value) ? value.length : undefined;
    else if (key === 'sql' || key === 'driverError')
      continue; // mysql2's sql has the values inlined
    else if (key === 'query' || key === 'message' || key === 'sqlMessage') out[key] = scrub(value);
    else if (key === 'stack' && typeof value === 'string') {
      const firstLine = value.indexOf('\n');
      out.stack = firstLine < 0 ? scrub(value) : `${String(scrub(value.slice(0, firstLine)))}${value.slice(firstLine).slice(0, 4000)}`;
    } else if (typeof value === 'string') out[key] = scrub(value);
    else if (value === null || typeof value !== 'object') out[key] = value;
  }
  return out;
}

/**
 * Structured JSON logs. Secrets never reach the log: the redaction list is the safety net,
 * the habit is to never pass them to the logger in the first place.
 */
export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      serializers: { err: serializeError, error: serializeError },
      base: { service: name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'headers.authorization',
          'headers["x-par-internal-token"]',
          'headers["x-api-key"]',
          'key',
          '*.key',
          'variables.password',
          'variables.input.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
