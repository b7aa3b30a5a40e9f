import { describe, expect, it } from 'vitest';
import { notificationText, roleMask, sheetNotifications, yearNotification } from './notifications';

describe('who hears of what', () => {
  it('each state change reaches the side that acts next; saves reach nobody', () => {
    const who = (
      a: Parameters<typeof sheetNotifications>[0],
      from: Parameters<typeof sheetNotifications>[1],
      to: Parameters<typeof sheetNotifications>[2],
    ) => sheetNotifications(a, from, to).map((n) => `${n.kind}:${n.side}:${n.roles.join('+')}`);
    expect(who('SUBMIT', 'DRAFT', 'SUBMITTED')).toEqual(['SHEET_SUBMITTED:ASSESSOR:APPRAISER']);
    expect(who('REQUEST_EXPLANATION', 'UNDER_APPRAISAL', 'EXPLANATION_REQUESTED')).toEqual([
      'EXPLANATION_REQUESTED:UNIT:UNIT_OFFICER+UNIT_HEAD',
    ]);
    expect(who('COMPLETE_APPRAISAL', 'UNDER_APPRAISAL', 'APPRAISED')).toEqual([
      'APPRAISAL_COMPLETED:UNIT:UNIT_OFFICER+UNIT_HEAD',
      'APPROVAL_REQUESTED:ASSESSOR:ASSESSOR_CHAIR',
    ]);
    expect(who('SUBMIT_EXPLANATION', 'EXPLANATION_REQUESTED', 'EXPLAINED')).toEqual(['EXPLANATION_SUBMITTED:ASSESSOR:APPRAISER']);
    expect(who('SAVE_SELF', 'DRAFT', 'DRAFT')).toEqual([]);
    expect(who('SAVE_APPRAISAL', 'UNDER_APPRAISAL', 'UNDER_APPRAISAL')).toEqual([]);
  });

  it('a year tells its units when it opens and when it publishes, not when it steps back', () => {
    expect(yearNotification('PLANNING', 'SELF_ASSESSMENT')?.kind).toBe('YEAR_OPENED');
    expect(yearNotification('FINALIZED', 'PUBLISHED')?.kind).toBe('RESULTS_PUBLISHED');
    expect(yearNotification('APPRAISAL', 'SELF_ASSESSMENT')).toBeNull();
    expect(yearNotification('SELF_ASSESSMENT', 'APPRAISAL')).toBeNull();
  });

  it('roles become a mask that meets a user’s roles', () => {
    const officerAndHead = roleMask(['UNIT_OFFICER', 'UNIT_HEAD']);
    expect(officerAndHead & roleMask(['UNIT_HEAD'])).not.toBe(0);
    expect(officerAndHead & roleMask(['APPRAISER', 'VIEWER'])).toBe(0);
  });

  it('reads in Vietnamese with the deadline as dd/mm/yyyy', () => {
    const text = notificationText('EXPLANATION_REQUESTED', {
      unitName: 'Xã Đài Xuyên',
      yearName: 'Chỉ số CCHC năm 2025',
      deadline: '2026-02-05',
    });
    expect(text.title.vi).toBe('Đề nghị giải trình');
    expect(text.body.vi).toBe('Đơn vị thẩm định đề nghị Xã Đài Xuyên giải trình phiếu Chỉ số CCHC năm 2025. Hạn: 05/02/2026.');
    expect(notificationText('RESULTS_PUBLISHED', { unitName: 'Sở Y tế', yearName: '2025' }).body.en).toContain('published');
  });
});
