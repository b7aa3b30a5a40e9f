import { watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useToastStore } from '@/stores/toast';
import type { Errors } from './org-validation';
import { useFieldErrors } from './use-field-errors';

/** What every org change dialog emits. */
export interface OrgChangeEmit {
  (e: 'update:open', value: boolean): void;
  (e: 'done', id: string): void;
}

/**
 * The shared half of the org change dialogs (the markup half is OrgChangeDialog): the form is
 * refilled by `onOpen` and its errors hidden each time the dialog opens; `submit` sends the
 * change, and on success toasts, closes the dialog and emits `done` with the unit to show.
 */
export function useOrgChange(props: { open: boolean }, emit: OrgChangeEmit, check: () => Errors, onOpen: () => void) {
  const { t } = useI18n();
  const toast = useToastStore();
  const { errors, validate, reset } = useFieldErrors(check);
  watch(
    () => props.open,
    (open) => {
      if (open) {
        onOpen();
        reset();
      }
    },
    { immediate: true },
  );

  /** `perform` returns nothing when there is nothing to report; errors are shown by the error link and the dialog stays open with the data. */
  async function submit<T>(perform: () => Promise<T | null | undefined>, done: (result: T) => { id: string; message: string }) {
    try {
      const result = await perform();
      if (!result) return;
      const { id, message } = done(result);
      toast.success(message);
      emit('update:open', false);
      emit('done', id);
    } catch {
      // Shown by the error link.
    }
  }

  return { t, errors, validate, submit };
}
