import { badInput } from '../errors/app-error';
import { quotable } from '../text/safe-text';

/** Every id we hand out is a v4-style UUID (randomUUID), in either case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a malformed id was meant to name, so the message can say "unit id", not just "id". */
export interface IdKind {
  vi: string;
  en: string;
}

export function isId(value: string): boolean {
  return UUID.test(value);
}

/**
 * Refuses a malformed id before it reaches SQL, naming the argument so the client can point at
 * the field. One message shape for every module: "Mã định danh [đơn vị] không hợp lệ: "…"."
 * Only the id's first 40 characters are quoted: a megabyte sent as an id is not sent back.
 */
export function assertId(id: string, argument: string, what?: IdKind): void {
  if (UUID.test(id)) return;
  const shown = quotable(id);
  throw badInput(
    `Mã định danh ${what ? `${what.vi} ` : ''}không hợp lệ: "${shown}" (mã đúng có dạng 8-4-4-4-12 chữ số hệ 16).`,
    `Malformed ${what ? `${what.en} ` : ''}id: "${shown}" (an id looks like 8-4-4-4-12 hex digits).`,
    { argument },
  );
}
