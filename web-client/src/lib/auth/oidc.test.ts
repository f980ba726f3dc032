import { describe, expect, it } from 'vitest';
import { returnPathFromState, sessionFromUser, userManagerSettings } from './oidc';

const provider = { authority: 'http://127.0.0.1:5090/', clientId: 'luton-carers-spa', scope: 'openid profile offline_access carers-api' };

describe('userManagerSettings', () => {
  it('asks for a code with PKCE, comes back to this origin, and renews silently', () => {
    const settings = userManagerSettings(provider, 'http://127.0.0.1:5181');
    expect(settings.authority).toBe('http://127.0.0.1:5090/');
    expect(settings.client_id).toBe('luton-carers-spa');
    expect(settings.response_type).toBe('code');
    expect(settings.scope).toContain('offline_access');
    expect(settings.redirect_uri).toBe('http://127.0.0.1:5181/signed-in');
    expect(settings.popup_redirect_uri).toBe('http://127.0.0.1:5181/signed-in');
    expect(settings.post_logout_redirect_uri).toBe('http://127.0.0.1:5181/signed-out');
    expect(settings.automaticSilentRenew).toBe(true);
  });
});

describe('sessionFromUser', () => {
  const user = { access_token: 'at', expires_at: 1_900_000_000, profile: { sub: 'demo-assessor-1', roles: 'Staff.Assessor', name: 'An assessor' } };

  it('takes the role, subject, name and expiry from the identity token', () => {
    expect(sessionFromUser(user, 'staff')).toEqual({
      accessToken: 'at',
      expiresAt: new Date(1_900_000_000_000).toISOString(),
      role: 'Staff.Assessor',
      subject: 'demo-assessor-1',
      displayName: 'An assessor',
      provider: 'staff',
    });
  });

  it('takes the first of several roles, as Entra ID sends them', () => {
    expect(sessionFromUser({ ...user, profile: { ...user.profile, roles: ['Carer', 'Other'] } }, 'carers')?.role).toBe('Carer');
  });

  it('names the person by their subject when the provider gives no name', () => {
    expect(sessionFromUser({ ...user, profile: { sub: 'new-carer-1', roles: ['Carer'] } }, 'carers')?.displayName).toBe('new-carer-1');
  });

  it('gives no session without a role, a subject or an expiry', () => {
    expect(sessionFromUser({ ...user, profile: { sub: 'x' } }, 'staff')).toBeNull();
    expect(sessionFromUser({ ...user, profile: { roles: 'Carer' } }, 'staff')).toBeNull();
    expect(sessionFromUser({ access_token: 'at', profile: user.profile }, 'staff')).toBeNull();
  });
});

describe('returnPathFromState', () => {
  it('goes back to a path on this site, and nowhere else', () => {
    expect(returnPathFromState({ returnTo: '/carer/record?tab=1' })).toBe('/carer/record?tab=1');
    expect(returnPathFromState({ returnTo: '//elsewhere.example' })).toBe('/');
    expect(returnPathFromState({ returnTo: 'https://elsewhere.example' })).toBe('/');
    expect(returnPathFromState(undefined)).toBe('/');
  });
});
