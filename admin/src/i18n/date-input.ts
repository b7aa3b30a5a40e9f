/**
 * Dates as officials write them (issue 11 §7): dd/mm/yyyy, never the browser's mm/dd/yyyy that
 * swapped day and month on deadlines. The model stays an ISO calendar date (YYYY-MM-DD), as the
 * API takes it; these pure functions convert both ways and lay out a month Monday-first.
 */
export const VI_MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Monday first, as in Vietnamese calendars. */
export const VI_WEEKDAYS = [
  { short: 'T2', long: 'Thứ Hai' },
  { short: 'T3', long: 'Thứ Ba' },
  { short: 'T4', long: 'Thứ Tư' },
  { short: 'T5', long: 'Thứ Năm' },
  { short: 'T6', long: 'Thứ Sáu' },
  { short: 'T7', long: 'Thứ Bảy' },
  { short: 'CN', long: 'Chủ Nhật' },
];
export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((long) => ({
  short: long.slice(0, 2),
  long,
}));

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "1/5/2028", "01.05.2028", "01-05-2028" → "2028-05-01"; "" → ""; anything else (31/02/2028) → null. */
export function parseViDate(text: string): string | null {
  const v = text.trim();
  if (v === '') return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900) return null;
  return isoDate(year, month, day);
}

/** "2028-05-01" → "01/05/2028"; anything not an ISO date → "". */
export function formatViDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** Weeks of a month, Monday first; null pads the days of the neighbouring months. */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(first).fill(null)];
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
