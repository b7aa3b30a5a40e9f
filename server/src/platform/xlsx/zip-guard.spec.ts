import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hugeCellSheet, rezipWithSheet, tallSheet } from '../../testing/xlsx-bomb';
import { inspectXlsx } from './zip-guard';

const MB = 1024 * 1024;

async function realWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dieu tra');
  for (let i = 0; i < rows; i++) sheet.addRow(['07120', '3.1', 80]);
  workbook.addWorksheet('Huong dan').addRow(['Chỉ đọc 3 cột đầu']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rewrites every declared uncompressed size (local and central headers) to 1 byte. */
function lieAboutSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 30 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(1, at + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(1, at + 24);
  }
  return out;
}

describe('inspectXlsx: an uploaded workbook checked before it is expanded', () => {
  it('a real workbook passes, with the rows of all its worksheets counted', async () => {
    expect(inspectXlsx(await realWorkbook(120), 8 * MB)).toEqual({ ok: true, rows: 121 });
  });

  it('a bomb is TOO_LARGE without inflating past the bound, even when the zip lies about its sizes', async () => {
    const bomb = rezipWithSheet(await realWorkbook(1), hugeCellSheet(64 * MB));
    expect(bomb.length).toBeLessThan(MB);
    expect(inspectXlsx(bomb, 8 * MB)).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect(inspectXlsx(lieAboutSizes(bomb), 8 * MB)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });

  it('rows are counted from the XML, whatever the sheet says elsewhere', async () => {
    expect(inspectXlsx(rezipWithSheet(await realWorkbook(1), tallSheet(70_000)), 32 * MB)).toEqual({ ok: true, rows: 70_001 });
  });

  it('not a zip, a truncated zip or a damaged stream is UNREADABLE, never an exception', async () => {
    const real = await realWorkbook(3);
    for (const broken of [
      Buffer.alloc(0),
      Buffer.from('Mã đơn vị;Mã tiêu chí;Giá trị\n07120;3.1;80'),
      real.subarray(0, real.length - 30),
      real.subarray(0, Math.floor(real.length / 2)),
      Buffer.concat([Buffer.alloc(200, 0xff), real.subarray(real.length - 22)]),
    ])
      expect(inspectXlsx(broken, 8 * MB)).toEqual({ ok: false, reason: 'UNREADABLE' });
    const damaged = Buffer.from(real);
    damaged.fill(0xff, 40, 400);
    expect(inspectXlsx(damaged, 8 * MB)).toEqual({ ok: false, reason: 'UNREADABLE' });
  });
});
