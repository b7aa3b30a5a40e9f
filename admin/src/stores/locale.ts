import { defineStore } from 'pinia';
import { ref } from 'vue';
import { i18n, isAppLocale, LOCALE_STORAGE_KEY, readStoredLocale, type AppLocale } from '@/i18n';

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(readStoredLocale());

  function apply(value: AppLocale) {
    i18n.global.locale.value = value;
    if (typeof document !== 'undefined') document.documentElement.lang = value;
  }

  function setLocale(value: AppLocale) {
    if (!isAppLocale(value)) return;
    locale.value = value;
    apply(value);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, value);
    } catch {
      // Private mode or full storage: the choice lasts for this tab only.
    }
  }

  apply(locale.value);
  return { locale, setLocale };
});
