import { describe, expect, it } from 'vitest';
import { attestationRefusal, attestationStatus } from './attestation';

const at = new Date('2026-01-10T03:00:00Z');

describe('attestation validity', () => {
  it('is valid only for the version the head attested', () => {
    expect(attestationStatus(null, 3)).toBe('NONE');
    expect(attestationStatus({ purpose: 'SUBMIT', sheetVersion: null, attestedAt: null }, 3)).toBe('REQUESTED');
    expect(attestationStatus({ purpose: 'SUBMIT', sheetVersion: 3, attestedAt: at }, 3)).toBe('VALID');
    expect(attestationStatus({ purpose: 'SUBMIT', sheetVersion: 3, attestedAt: at }, 4)).toBe('STALE');
  });

  it('refuses an officer without a valid attestation and lets the head act himself', () => {
    expect(attestationRefusal({ actorIsHead: true, purpose: 'SUBMIT', record: null, currentVersion: 2 })).toBeNull();
    const none = attestationRefusal({ actorIsHead: false, purpose: 'SUBMIT', record: null, currentVersion: 2 });
    expect(none?.reason).toBe('ATTESTATION_REQUIRED');
    expect(none?.vi).toMatch(/người đứng đầu/);
    const requested = attestationRefusal({
      actorIsHead: false,
      purpose: 'EXPLANATION',
      record: { purpose: 'EXPLANATION', sheetVersion: null, attestedAt: null },
      currentVersion: 2,
    });
    expect(requested?.reason).toBe('ATTESTATION_REQUIRED');
    expect(requested?.vi).toMatch(/gửi giải trình/);
    const stale = attestationRefusal({
      actorIsHead: false,
      purpose: 'SUBMIT',
      record: { purpose: 'SUBMIT', sheetVersion: 1, attestedAt: at },
      currentVersion: 2,
    });
    expect(stale?.reason).toBe('ATTESTATION_STALE');
    expect(
      attestationRefusal({
        actorIsHead: false,
        purpose: 'SUBMIT',
        record: { purpose: 'SUBMIT', sheetVersion: 2, attestedAt: at },
        currentVersion: 2,
      }),
    ).toBeNull();
  });
});
