import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import BandsEditor from '../components/BandsEditor.vue';
import { bandOf, checkBands, defaultBands, textOn } from '../composables/bands';

describe('classification bands', () => {
  it('accepts the defaults and classifies at the exact edges', () => {
    const bands = defaultBands();
    expect(checkBands(bands).issues).toEqual([]);
    expect(bandOf(bands, '90')?.labelVi).toBe('Xuất sắc');
    expect(bandOf(bands, '89,99')?.labelVi).toBe('Tốt');
    expect(bandOf(bands, '0')?.labelVi).toBe('Yếu');
  });

  it('reports order, duplicate thresholds, a missing zero band and bad numbers', () => {
    const bands = defaultBands();
    bands[1]!.minIndex = '95';
    expect(checkBands(bands).issues.map((i) => i.code)).toContain('NOT_ORDERED');
    bands[1]!.minIndex = '90';
    expect(checkBands(bands).issues.map((i) => i.code)).toContain('DUPLICATE_MIN');
    bands[1]!.minIndex = '80';
    bands[4]!.minIndex = '10';
    expect(checkBands(bands).issues.map((i) => i.code)).toContain('NO_ZERO_BAND');
    bands[4]!.minIndex = 'abc';
    expect(checkBands(bands).badRows.has(4)).toBe(true);
  });

  it('picks readable text on band colours', () => {
    expect(textOn('#1B5E20')).toBe('#ffffff');
    expect(textOn('#FDD835')).toBe('#000000');
  });
});

describe('bands editor', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  function mountEditor() {
    const mocks = createMockClient({ UpdateYear: () => ({ data: { updateAssessmentYear: null } }) });
    const w = mount(BandsEditor, {
      props: { yearId: 'y1', bands: [], headRatings: [] },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { RouterLink: true } },
    });
    return { w, calls: mocks.calls };
  }

  it('shows live which band an index falls in', async () => {
    const { w } = mountEditor();
    await w.find('[data-testid="band-preview"] input').setValue('93');
    expect(w.find('[data-testid="band-preview-result"]').text()).toContain('Xuất sắc');
    await w.find('[data-testid="band-preview"] input').setValue('72,5');
    expect(w.find('[data-testid="band-preview-result"]').text()).toContain('Khá');
    w.unmount();
  });

  it('blocks saving bands out of order, with the reason, and sends nothing', async () => {
    const { w, calls } = mountEditor();
    await w.findAll('[data-testid="band-min"]')[2]!.setValue('85');
    expect(w.find('[data-testid="band-issues"]').text()).toContain('Các mức xếp loại phải sắp theo ngưỡng giảm dần');
    expect(w.findAll('[data-testid="band-row"]')[2]!.classes()).toContain('bad');
    expect(w.find('[data-testid="bands-save"]').attributes('disabled')).toBeDefined();
    await w.find('[data-testid="bands-save"]').trigger('click');
    await flushPromises();
    expect(calls).toEqual([]);
    w.unmount();
  });

  it('saves valid bands with their head ratings', async () => {
    const { w, calls } = mountEditor();
    await w.findAll('[data-testid="band-min"]')[0]!.setValue('93');
    await w.find('[data-testid="bands-save"]').trigger('click');
    await flushPromises();
    const input = calls[0]!.variables.input as {
      classificationBands: { minIndex: number }[];
      headRatings: { bandCode: string; labelVi: string }[];
    };
    expect(input.classificationBands.map((b) => b.minIndex)).toEqual([93, 80, 70, 50, 0]);
    expect(input.headRatings[0]).toMatchObject({ bandCode: 'EXCELLENT', labelVi: 'Hoàn thành xuất sắc nhiệm vụ' });
    w.unmount();
  });
});
