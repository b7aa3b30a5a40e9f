import type ExcelJS from 'exceljs';

let exceljs: Promise<typeof ExcelJS> | null = null;

/**
 * A new exceljs workbook. exceljs (with its zip, stream and CSV dependencies, ~400 modules) is
 * loaded on the first import or export, not at start: requiring it cost a tenth of the cold start
 * (issue 9).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  exceljs ??= import('exceljs').then((loaded) => ((loaded as { default?: typeof ExcelJS }).default ?? loaded) as typeof ExcelJS);
  const { Workbook } = await exceljs;
  return new Workbook();
}
