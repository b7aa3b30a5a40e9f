import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach the log: the redaction list is the safety net,
 * the habit is to never pass them to the logger in the first place.
 */
export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
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
