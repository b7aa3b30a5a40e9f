import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { AppLocale } from './index';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberLocale: Record<AppLocale, string> = { vi: 'vi-VN', en: 'en-GB' };

const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeFmt.formatToParts(date)) out[p.type] = p.value;
  return out;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/MM/yyyy in Asia/Ho_Chi_Minh. A "YYYY-MM-DD" Date scalar is shown as is (no zone shift). */
export function formatDate(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today in Vietnam as "YYYY-MM-DD" (the default effective date of org changes). */
export function todayIso(now: Date = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

// Intl.NumberFormat is costly to build (tens of µs): one per locale and style, reused. A table of
// a few hundred rows formats a thousand figures while it is drawn.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: AppLocale, points: boolean): Intl.NumberFormat {
  const key = `${locale}:${points ? 'p' : 'n'}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale[locale], points ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : undefined);
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: AppLocale = 'vi'): string {
  return numberFormat(locale, false).format(value);
}

/** Points always carry two decimals ("95,25"). */
export function formatPoints(value: number, locale: AppLocale = 'vi'): string {
  return numberFormat(locale, true).format(value);
}

/** Locale-aware formatters for templates. */
export function useFormat() {
  const { locale } = useI18n();
  const current = computed(() => locale.value as AppLocale);
  return {
    date: formatDate,
    dateTime: formatDateTime,
    number: (v: number) => formatNumber(v, current.value),
    points: (v: number) => formatPoints(v, current.value),
  };
}

const collators: Partial<Record<AppLocale, Intl.Collator>> = {};
/** Vietnamese alphabetical order (architecture.md: sort names with Intl.Collator('vi')). */
export function compareNames(a: string, b: string): number {
  collators.vi ??= new Intl.Collator('vi');
  return collators.vi.compare(a, b);
}
