import { nextTick, onBeforeUnmount, ref, toRef, watch, type Ref } from 'vue';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('inert') && el.getAttribute('aria-hidden') !== 'true',
  );
}

/** Stack of open modal layers: only the top one handles Tab and Escape. */
const layers: symbol[] = [];

/**
 * Keeps Tab inside `panel` while `open`, closes on Escape, and gives focus back to whatever had
 * it before (the button that opened the dialog).
 */
export function useFocusTrap(open: Ref<boolean>, panel: Ref<HTMLElement | null>, onEscape: () => void) {
  const me = Symbol('layer');
  let previous: HTMLElement | null = null;

  function onKeydown(e: KeyboardEvent) {
    if (layers[layers.length - 1] !== me || !panel.value) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      onEscape();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = focusableIn(panel.value);
    if (items.length === 0) {
      e.preventDefault();
      panel.value.focus();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement as HTMLElement | null;
    const inside = !!active && panel.value.contains(active);
    if (e.shiftKey && (active === first || !inside)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !inside)) {
      e.preventDefault();
      first.focus();
    }
  }

  function activate() {
    previous = document.activeElement as HTMLElement | null;
    layers.push(me);
    document.addEventListener('keydown', onKeydown);
    document.body.style.overflow = 'hidden';
    void nextTick(() => {
      if (!panel.value) return;
      // [data-autofocus] may sit on a wrapper (AppInput's field): focus the first control in it.
      const preferred = panel.value.querySelector<HTMLElement>('[autofocus], [data-autofocus]');
      const target = preferred && (preferred.matches(FOCUSABLE) ? preferred : focusableIn(preferred)[0]);
      (target ?? focusableIn(panel.value)[0] ?? panel.value).focus();
    });
  }

  function deactivate() {
    const i = layers.indexOf(me);
    if (i === -1) return;
    layers.splice(i, 1);
    document.removeEventListener('keydown', onKeydown);
    if (layers.length === 0) document.body.style.overflow = '';
    const back = previous;
    previous = null;
    if (back && document.contains(back)) void nextTick(() => back.focus());
  }

  watch(open, (v) => (v ? activate() : deactivate()), { immediate: true });
  onBeforeUnmount(deactivate);
}

export interface ModalPanelEmit {
  (e: 'update:open', value: boolean): void;
  (e: 'close'): void;
}

/**
 * What AppDialog and AppDrawer share: `close` (refused while `busy`) emits update:open=false and
 * close; while open, `panel` keeps the focus and Escape closes.
 */
export function useModalPanel(props: { open: boolean; busy?: boolean }, emit: ModalPanelEmit) {
  const panel = ref<HTMLElement | null>(null);
  function close() {
    if (props.busy) return;
    emit('update:open', false);
    emit('close');
  }
  useFocusTrap(toRef(props, 'open'), panel, close);
  return { panel, close };
}
