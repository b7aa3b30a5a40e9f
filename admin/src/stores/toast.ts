import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastKind = 'success' | 'error' | 'warning' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  message?: string;
  /** Machine code behind an error toast (tests and support look at it). */
  code?: string;
}

let nextId = 1;

export const useToastStore = defineStore('toast', () => {
  const toasts = ref<Toast[]>([]);
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  function dismiss(id: number) {
    toasts.value = toasts.value.filter((t) => t.id !== id);
    clearTimeout(timers.get(id));
    timers.delete(id);
  }

  function push(toast: Omit<Toast, 'id'>, timeoutMs?: number): number {
    // The same error from several parallel queries is shown once.
    const dup = toasts.value.find((t) => t.kind === toast.kind && t.title === toast.title && t.message === toast.message);
    if (dup) return dup.id;
    const id = nextId++;
    toasts.value = [...toasts.value.slice(-4), { ...toast, id }];
    const ms = timeoutMs ?? (toast.kind === 'error' ? 8000 : 4000);
    if (ms > 0)
      timers.set(
        id,
        setTimeout(() => dismiss(id), ms),
      );
    return id;
  }

  const success = (title: string, message?: string) => push({ kind: 'success', title, message });
  const error = (title: string, message?: string, code?: string) => push({ kind: 'error', title, message, code });
  const info = (title: string, message?: string) => push({ kind: 'info', title, message });

  return { toasts, push, dismiss, success, error, info };
});
