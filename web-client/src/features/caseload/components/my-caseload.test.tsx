import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MyCaseloadItem } from '@/lib/api/types';
import { MyCaseload } from './my-caseload';

const item = (overrides: Partial<MyCaseloadItem>): MyCaseloadItem => ({
  assessmentId: 'a',
  carerId: 'c',
  carerName: 'Ada Sampleford',
  kind: 'adult',
  status: 'requested',
  due: 'decision',
  dueOn: '2026-11-20',
  overdue: true,
  scheduledFor: null,
  requestedAt: '2026-10-23T10:00:00Z',
  ...overrides,
});

describe('my caseload', () => {
  it('shows what is due and when, marks the overdue and links each row to its assessment', () => {
    render(
      <MemoryRouter>
        <MyCaseload
          page={{
            items: [item({}), item({ assessmentId: 'b', carerName: 'Kit Sampleford', due: 'review', dueOn: '2027-01-05', overdue: false, status: 'completed' })],
            nextCursor: null,
          }}
          loading={false}
          nextTo={undefined}
          assessmentTo={(id) => `/assessments/${id}`}
        />
      </MemoryRouter>,
    );
    const [, ada, kit] = within(screen.getByRole('table', { name: 'What is due' })).getAllByRole('row');
    expect(within(ada!).getByRole('link', { name: 'Ada Sampleford' })).toHaveAttribute('href', '/assessments/a');
    expect(ada).toHaveTextContent('Decision');
    expect(ada).toHaveTextContent('20 November 2026 Overdue');
    expect(ada).toHaveTextContent('Not booked');
    expect(kit).toHaveTextContent('Review of the support plan');
    expect(kit).toHaveTextContent('5 January 2027');
    expect(kit).not.toHaveTextContent('Overdue');
  });

  it('says so when nothing is allocated', () => {
    render(
      <MemoryRouter>
        <MyCaseload page={{ items: [], nextCursor: null }} loading={false} nextTo={undefined} assessmentTo={(id) => id} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Nothing is allocated to you/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
