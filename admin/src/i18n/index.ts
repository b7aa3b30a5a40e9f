import { createI18n } from 'vue-i18n';
import { vi } from './vi';
import { en } from './en';
// Module strings (modules/<module>/i18n.ts, each under its own top-level key): one import per
// module here, listed in MODULE_MESSAGES below.
import { scoreSheetMessages } from '@/modules/score-sheets/i18n';
import { progressMessages } from '@/modules/progress/i18n';
import { yearsMessages } from '@/modules/years/i18n';
import { criteriaMessages } from '@/modules/criteria/i18n';
import { resultsMessages } from '@/modules/results/i18n';
import { apiClientMessages } from '@/modules/api-clients/i18n';
import { inboxMessages } from '@/modules/home/i18n';
import { analysisMessages } from '@/modules/analysis/i18n';
import { surveyMessages } from '@/modules/survey/i18n';
import { accountabilityMessages } from '@/modules/accountability/i18n';
import { notificationMessages } from '@/modules/notifications/i18n';
import { reportsMessages } from '@/modules/reports/i18n';
import { inspectionMessages } from '@/modules/accountability/inspection-i18n';

const MODULE_MESSAGES: { vi: object; en: object }[] = [
  scoreSheetMessages,
  progressMessages,
  yearsMessages,
  criteriaMessages,
  resultsMessages,
  apiClientMessages,
  inboxMessages,
  analysisMessages,
  surveyMessages,
  accountabilityMessages,
  notificationMessages,
  reportsMessages,
  inspectionMessages,
];
const withModules = (locale: 'vi' | 'en', base: object) => Object.assign({}, base, ...MODULE_MESSAGES.map((m) => m[locale]));

export const SUPPORTED_LOCALES = ['vi', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'vi';
export const LOCALE_STORAGE_KEY = 'par.locale';

export type MessageSchema = typeof vi;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, or Vietnamese: officials work in Vietnamese unless they switch. */
export function readStoredLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function createAppI18n(locale: AppLocale = readStoredLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { vi: withModules('vi', vi) as MessageSchema, en: withModules('en', en) as MessageSchema },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** The app-wide instance; code outside components (Apollo links, stores) translates with it. */
export const i18n: AppI18n = createAppI18n();

export function t(key: string, params?: Record<string, unknown>): string {
  return params ? i18n.global.t(key, params) : i18n.global.t(key);
}
