import { describe, expect, it } from 'vitest';
import { createPinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { i18n } from '@/i18n';
import ApiKeyDialog from '../components/ApiKeyDialog.vue';

const esc = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

describe('the one-time API key dialog', () => {
  it('Esc first warns that the key will not be shown again; a second Esc closes', async () => {
    i18n.global.locale.value = 'vi';
    const w = mount(ApiKeyDialog, {
      props: { name: 'Cổng dữ liệu', apiKey: 'par_live_0123456789abcdef' },
      attachTo: document.body,
      global: { plugins: [i18n, createPinia()], stubs: { teleport: true } },
    });
    await nextTick();
    await nextTick();
    esc();
    await nextTick();
    expect(w.emitted('close')).toBeUndefined();
    expect(w.find('[data-testid="api-key-leave-warning"]').text()).toContain('sẽ không hiển thị lại');
    expect(w.find('[data-testid="api-key-value"]').exists()).toBe(true);
    esc();
    await nextTick();
    expect(w.emitted('close')).toHaveLength(1);
    w.unmount();
  });

  it('"Tôi đã lưu khóa" closes at once', async () => {
    const w = mount(ApiKeyDialog, {
      props: { name: 'Cổng dữ liệu', apiKey: 'par_live_0123456789abcdef' },
      attachTo: document.body,
      global: { plugins: [i18n, createPinia()], stubs: { teleport: true } },
    });
    await nextTick();
    await w.find('[data-testid="api-key-close"]').trigger('click');
    expect(w.emitted('close')).toHaveLength(1);
    w.unmount();
  });
});
