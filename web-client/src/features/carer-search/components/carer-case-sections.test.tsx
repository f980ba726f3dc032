import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CarerCase } from '@/lib/api/types';
import { CaseView } from './carer-case-sections';

const none = { items: [], total: 0, hasMore: false };

const emptyCase: CarerCase = {
  carerId: 'c1',
  assessments: none,
  grants: none,
  breaks: none,
  emergencyPlans: none,
  partnerReferrals: none,
  partnerSupport: none,
  gpFlags: none,
  feedback: none,
  informationRequests: none,
};

function renderCase(whole: CarerCase) {
  render(
    <MemoryRouter>
      <CaseView whole={whole} name="Amara Testcarer" from="/carers/c1" accessReason="casework" />
    </MemoryRouter>,
  );
}

describe('the carer’s whole case', () => {
  it('says what each empty section holds', () => {
    renderCase(emptyCase);
    for (const id of ['assessments', 'grants', 'breaks', 'emergency-plans', 'partner-referrals', 'partner-support', 'gp-flags', 'feedback', 'information-requests']) {
      const section = screen.getByTestId(`case-${id}`);
      expect(within(section).getByRole('heading')).toHaveTextContent('(0)');
      expect(within(section).queryByRole('table')).not.toBeInTheDocument();
      expect(section).toHaveTextContent('Amara Testcarer');
    }
  });

  it('links an assessment to its work page with its plan’s review date, and says when a section shows only the newest', () => {
    const requests = Array.from({ length: 50 }, (_, n) => ({
      id: `r${n}`,
      subject: 'leaflet' as const,
      title: `Leaflet ${n}`,
      format: 'largePrint' as const,
      status: 'requested' as const,
      requestedOn: '2026-01-01',
      dueOn: '2026-01-11',
      closedAt: null,
    }));
    renderCase({
      ...emptyCase,
      assessments: {
        items: [
          {
            id: 'a1',
            kind: 'adult',
            status: 'completed',
            selfAssessment: false,
            requestedAt: '2026-01-01T10:00:00Z',
            decidedAt: '2026-02-01T10:00:00Z',
            allocatedTo: 'assessor-1',
            eligible: true,
            scheduledFor: null,
            reofferOn: null,
            supportPlan: { id: 'p1', nextReviewOn: '2027-02-01', personalBudgetPence: 0, updatedAt: '2026-02-01T10:00:00Z' },
          },
        ],
        total: 1,
        hasMore: false,
      },
      informationRequests: { items: requests, total: 51, hasMore: true },
    });
    const assessments = screen.getByTestId('case-assessments');
    expect(within(assessments).getByRole('link', { name: 'Carer’s assessment' })).toHaveAttribute('href', '/assessments/a1');
    expect(assessments).toHaveTextContent('Next review 1 February 2027');
    const information = screen.getByTestId('case-information-requests');
    expect(information).toHaveTextContent('Showing the newest 50 of 51.');
    expect(within(information).getAllByRole('row')).toHaveLength(51);
  });
});
