import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberAccessReason, rememberedAccessReason } from '@/lib/api/access-reason';
import { clearSession, saveSession } from '@/lib/auth/session';
import { AccessReasonQuestion, accessReasonError } from './access-reason-question';

function renderQuestion(onChosen: (reason: string) => void) {
  render(
    <MemoryRouter>
      <AccessReasonQuestion question="Why are you opening this carer’s record?" onChosen={onChosen} />
    </MemoryRouter>,
  );
}

describe('the reason step before a carer’s record', () => {
  it('asks why, as a question with every reason', () => {
    renderQuestion(() => {});
    expect(screen.getByRole('group', { name: 'Why are you opening this carer’s record?' })).toBeInTheDocument();
    for (const label of ['Casework', 'Review', 'Safeguarding', 'Emergency duty', 'Data protection request', 'Report']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it('shows the error summary and the error when nothing is chosen, and shows nothing of the record', async () => {
    const onChosen = vi.fn();
    renderQuestion(onChosen);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(accessReasonError);
    expect(screen.getByRole('link', { name: accessReasonError })).toHaveAttribute('href', '#accessReason');
    expect(document.title).toMatch(/^Error: /);
    expect(onChosen).not.toHaveBeenCalled();
  });

  it('gives the chosen reason', async () => {
    const onChosen = vi.fn();
    renderQuestion(onChosen);
    await userEvent.click(screen.getByLabelText('Safeguarding'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onChosen).toHaveBeenCalledWith('safeguarding');
  });
});

describe('remembered reasons', () => {
  afterEach(() => {
    clearSession();
    sessionStorage.clear();
  });

  it('are kept for a record until the tab closes, for the person who chose them only', () => {
    const session = { accessToken: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), role: 'Staff.Assessor', displayName: 'A' };
    saveSession({ ...session, subject: 'assessor-1' });
    rememberAccessReason('carer-1', 'review');
    expect(rememberedAccessReason('carer-1')).toBe('review');
    expect(rememberedAccessReason('carer-2')).toBeUndefined();

    saveSession({ ...session, subject: 'assessor-2' });
    expect(rememberedAccessReason('carer-1')).toBeUndefined();
  });

  it('ignore anything stored that is not a reason', () => {
    saveSession({ accessToken: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), role: 'Staff.Assessor', subject: 'assessor-1', displayName: 'A' });
    sessionStorage.setItem('luton-carers.access-reasons.assessor-1', JSON.stringify({ 'carer-1': 'nosy' }));
    expect(rememberedAccessReason('carer-1')).toBeUndefined();
  });
});
