import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EmergencyPlan } from '@/lib/api/types';
import { findPlanSection } from '@/lib/emergency-plan-sections';
import { planChangedMessage } from '../save-conflict';
import { PlanSectionPage } from './plan-section-page';

const latest: EmergencyPlan = {
  id: 'p1',
  relationshipId: 'r1',
  caredForName: 'Bola Sampleford',
  content: { careNeeded: 'Help to wash and dress (changed on the phone)', whenNeeded: 'Mornings' },
  reviewedOn: '2026-11-22',
  nextReviewOn: '2027-11-22',
  reviewOverdue: false,
  eTag: '"v4"',
};

function renderPage(conflict: boolean) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <PlanSectionPage relationshipId="r1" name="Bola Sampleford" plan={latest} section={findPlanSection('care')!} conflict={conflict} onConflict={() => {}} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('a plan section page', () => {
  it('after a save refused as stale, opens with the latest plan and says why', () => {
    renderPage(true);
    expect(screen.getByRole('alert')).toHaveTextContent(planChangedMessage());
    expect(screen.getByLabelText('What care does Bola Sampleford need?')).toHaveValue('Help to wash and dress (changed on the phone)');
    expect(document.title).toMatch(/^Error: /);
  });

  it('otherwise opens with the plan and no error', () => {
    renderPage(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('When do they need it?')).toHaveValue('Mornings');
  });
});
