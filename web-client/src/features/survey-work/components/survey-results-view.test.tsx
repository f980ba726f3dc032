import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SurveyResults } from '@/lib/api/types';
import { SurveyResultsView } from './survey-results-view';

const shown = (count: number) => ({ count, suppressed: false });
const hidden = { count: null, suppressed: true };

function results(overrides: Partial<SurveyResults>): SurveyResults {
  return {
    financialYear: 2026,
    label: '2026/27',
    status: 'open',
    minimumCellSize: 5,
    respondents: shown(12),
    meanQualityOfLife: 9.5,
    percentExtremelyOrVerySatisfied: null,
    items: [{ item: 'occupation', score2: shown(7), score1: hidden, score0: hidden }],
    satisfaction: [
      { answer: 'extremelySatisfied', respondents: hidden },
      { answer: 'verySatisfied', respondents: shown(7) },
    ],
    byAgeBand: [
      { ageBand: 'from26To64', respondents: shown(7), meanQualityOfLife: 12 },
      { ageBand: 'from65', respondents: hidden, meanQualityOfLife: null },
    ],
    ...overrides,
  };
}

function renderView(value: SurveyResults) {
  render(
    <MemoryRouter>
      <SurveyResultsView results={value} />
    </MemoryRouter>,
  );
}

describe('SurveyResultsView', () => {
  it('shows hidden counts as “not shown”, never a number, in tables named by their captions', () => {
    renderView(results({}));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Carers’ survey results, 2026 to 2027');
    const items = screen.getByRole('table', { name: 'Quality of life: carers giving each answer' });
    const occupation = within(items).getByRole('row', { name: /Doing things I value and enjoy/ });
    expect(within(occupation).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7', 'not shown', 'not shown']);
    const bands = screen.getByRole('table', { name: 'By age on the day they answered' });
    expect(within(bands).getByRole('row', { name: /65 and over/ })).toHaveTextContent('not shownnot shown');
    expect(within(bands).getByRole('row', { name: /26 to 64/ })).toHaveTextContent('712.0');
    expect(screen.getByText('9.5')).toBeInTheDocument();
  });

  it('shows nothing but the reason when fewer than 5 carers have answered', () => {
    renderView(results({ respondents: hidden, meanQualityOfLife: null, items: [], satisfaction: [], byAgeBand: [] }));
    expect(screen.getByText(/Fewer than 5 carers have answered, so no results are shown yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
