import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Errors } from './org-validation';

/** Shows errors only after the first attempt, translated, keyed by field. */
export function useFieldErrors(check: () => Errors) {
  const { t } = useI18n();
  const attempted = ref(false);
  const raw = computed(() => (attempted.value ? check() : {}));
  const errors = computed<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(raw.value).map(([k, e]) => [k, t(e.key, e.params ?? {})])),
  );
  function validate(): number {
    attempted.value = true;
    return Object.keys(check()).length;
  }
  function reset() {
    attempted.value = false;
  }
  return { errors, validate, reset };
}
