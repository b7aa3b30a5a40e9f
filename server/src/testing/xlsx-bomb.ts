/**
 * Hostile workbooks for the import suites: a real .xlsx whose first worksheet's XML is replaced
 * (a decompression bomb, a sheet of too many rows), zipped by hand so the test controls every byte.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const XML_TAIL = '</sheetData></worksheet>';

/** Sheet XML of one inline-string cell holding `bytes` letters (deflates about a thousandfold). */
export function hugeCellSheet(bytes: number): Buffer {
  return Buffer.concat([
    Buffer.from(`${XML_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`),
    Buffer.alloc(bytes, 0x41),
    Buffer.from(`</t></is></c></row>${XML_TAIL}`),
  ]);
}

/** Sheet XML of `count` numbered rows of one number each. */
export function tallSheet(count: number): Buffer {
  const rows = Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
  return Buffer.from(`${XML_HEAD}${rows}${XML_TAIL}`);
}

/** The same workbook with its first sheet's XML replaced (deflated at level 9). */
export function rezipWithSheet(xlsx: Buffer, sheetXml: Buffer): Buffer {
  const entries = readZipEntries(xlsx).map((e) =>
    e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: sheetXml } : { name: e.name, data: e.data },
  );
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(8, 10);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(e.data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export function readZipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + skip;
  }
  return out;
}
