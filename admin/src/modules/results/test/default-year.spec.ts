import { describe, expect, it } from 'vitest';
import type { YearStatus } from '@/graphql/generated/graphql';
import { resultsYearPreference } from '../composables/default-year';

// Newest first, as the years list comes from the API.
const years: { id: string; status: YearStatus }[] = [
  { id: '2026', status: 'PLANNING' },
  { id: '2025', status: 'APPRAISAL' },
  { id: '2024', status: 'PUBLISHED' },
  { id: '2023', status: 'PUBLISHED' },
];

describe('the year the results page opens on', () => {
  it('is the newest year with figures for the assessor side (provisional from self-assessment on)', () => {
    expect(years.find(resultsYearPreference(true))?.id).toBe('2025');
  });
  it('is the newest published year for a unit (no rank or classification before publication)', () => {
    expect(years.find(resultsYearPreference(false))?.id).toBe('2024');
  });
});
