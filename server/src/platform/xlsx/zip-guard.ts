import { inflateRawSync } from 'node:zlib';

/** What an uploaded .xlsx is before the workbook reader expands it. */
export type XlsxShape = { readonly ok: true; readonly rows: number } | { readonly ok: false; readonly reason: 'UNREADABLE' | 'TOO_LARGE' };

/**
 * Checks an uploaded .xlsx before exceljs expands it. An .xlsx is a zip: a few hundred kilobytes
 * can hold gigabytes of XML (one 150 MB cell in a 150 KB file took the workbook reader seconds
 * and half a gigabyte), and every worksheet is parsed, not only the one read. Here every part is
 * inflated with zlib's own output bound over the total (the sizes the zip declares are not
 * trusted) and the worksheets' rows are counted, so the caller refuses a bomb or a sheet of
 * millions of rows at the cost of inflating at most `maxExpandedBytes`.
 */
export function inspectXlsx(content: Buffer, maxExpandedBytes: number): XlsxShape {
  const unreadable = { ok: false, reason: 'UNREADABLE' } as const;
  let end = -1;
  for (let at = content.length - 22; at >= Math.max(0, content.length - 22 - 0xffff); at--)
    if (content.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) return unreadable;
  let budget = maxExpandedBytes;
  let rows = 0;
  try {
    const count = content.readUInt16LE(end + 10);
    let at = content.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (content.readUInt32LE(at) !== 0x02014b50) return unreadable;
      const method = content.readUInt16LE(at + 10);
      const size = content.readUInt32LE(at + 20);
      const nameLength = content.readUInt16LE(at + 28);
      const name = content.toString('utf8', at + 46, at + 46 + nameLength);
      const local = content.readUInt32LE(at + 42);
      if (content.readUInt32LE(local) !== 0x04034b50) return unreadable;
      const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
      if (method !== 0 && method !== 8) return unreadable;
      const packed = content.subarray(start, start + size);
      const data = method === 8 ? inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) }) : packed;
      budget -= data.length;
      if (budget < 0) return { ok: false, reason: 'TOO_LARGE' };
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) rows += data.toString('latin1').match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
      at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
    }
  } catch (error) {
    // zlib refuses past maxOutputLength with this code; anything else is a broken zip.
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? { ok: false, reason: 'TOO_LARGE' } : unreadable;
  }
  return { ok: true, rows };
}
