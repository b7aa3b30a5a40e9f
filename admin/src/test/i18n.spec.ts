import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { createAppI18n, i18n, LOCALE_STORAGE_KEY, readStoredLocale } from '@/i18n';
import { vi as viMessages } from '@/i18n/vi';
import { en as enMessages } from '@/i18n/en';
import { formatDate, formatDateTime, formatPoints, formatNumber } from '@/i18n/format';
import { useLocaleStore } from '@/stores/locale';
import LocaleSwitch from '@/layouts/LocaleSwitch.vue';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('i18n', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('defaults to Vietnamese', () => {
    expect(readStoredLocale()).toBe('vi');
    const fresh = createAppI18n();
    expect(fresh.global.locale.value).toBe('vi');
    expect(fresh.global.t('auth.title')).toBe('Đăng nhập');
    expect(fresh.global.t('auth.username')).toBe('Tên đăng nhập');
    expect(fresh.global.t('auth.password')).toBe('Mật khẩu');
  });

  it('ignores an unknown stored locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(createAppI18n().global.locale.value).toBe('vi');
  });

  it('switching to English applies at once and is remembered for the next start', () => {
    const store = useLocaleStore();
    store.setLocale('en');
    expect(i18n.global.locale.value).toBe('en');
    expect(i18n.global.t('auth.title')).toBe('Sign in');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // A new app start (new i18n instance) picks the remembered choice.
    expect(createAppI18n().global.locale.value).toBe('en');
  });

  it('the language switch in the UI changes the texts and persists', async () => {
    const wrapper = mount(
      { components: { LocaleSwitch }, template: '<div><LocaleSwitch /><h1>{{ $t("auth.title") }}</h1></div>' },
      { global: { plugins: [i18n] } },
    );
    expect(wrapper.find('h1').text()).toBe('Đăng nhập');
    await wrapper.find('select').setValue('en');
    expect(wrapper.find('h1').text()).toBe('Sign in');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('vi and en have the same keys', () => {
    expect(keys(enMessages).sort()).toEqual(keys(viMessages).sort());
  });

  it('formats dates in Asia/Ho_Chi_Minh as dd/MM/yyyy and numbers the Vietnamese way', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7).
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatDateTime('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatPoints(95.5)).toBe('95,50');
    expect(formatNumber(3321)).toBe('3.321');
    expect(formatPoints(95.5, 'en')).toBe('95.50');
  });
});
