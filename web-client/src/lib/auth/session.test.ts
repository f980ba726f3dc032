import { describe, expect, it } from 'vitest';
import { areaForRole, clearSession, readSession, saveSession, sessionStorageKey, type Session } from './session';

const session: Session = {
  accessToken: 'token-1',
  expiresAt: '2030-01-01T00:00:00Z',
  role: 'Carer',
  subject: 'demo-carer-0001',
  displayName: 'Sam, a carer already registered',
};

describe('session storage', () => {
  it('keeps the session in sessionStorage and reads it back', () => {
    saveSession(session);
    expect(sessionStorage.getItem(sessionStorageKey)).not.toBeNull();
    expect(readSession(sessionStorage, new Date('2029-12-31T23:59:59Z'))).toEqual(session);
  });

  it('forgets an expired session', () => {
    saveSession(session);
    expect(readSession(sessionStorage, new Date('2030-01-01T00:00:00Z'))).toBeNull();
    expect(sessionStorage.getItem(sessionStorageKey)).toBeNull();
  });

  it('forgets a session it cannot read', () => {
    sessionStorage.setItem(sessionStorageKey, '{not json');
    expect(readSession()).toBeNull();
    sessionStorage.setItem(sessionStorageKey, JSON.stringify({ accessToken: 'x' }));
    expect(readSession()).toBeNull();
    expect(sessionStorage.getItem(sessionStorageKey)).toBeNull();
  });

  it('signs out by clearing it', () => {
    saveSession(session);
    clearSession();
    expect(readSession()).toBeNull();
  });

  it('works with no storage at all', () => {
    expect(readSession(null)).toBeNull();
    expect(() => saveSession(session, null)).not.toThrow();
  });
});

describe('areaForRole', () => {
  it.each([
    ['Carer', 'carer'],
    ['Staff.Assessor', 'assessor'],
    ['Staff.Manager', 'manager'],
    ['Staff.GrantsOfficer', 'grants'],
    ['Staff.EmergencyDuty', 'duty'],
    ['Staff.DataProtection', 'dataProtection'],
    ['Staff.Finance', 'staff'],
  ])('%s works in %s', (role, area) => {
    expect(areaForRole(role)).toBe(area);
  });
});
