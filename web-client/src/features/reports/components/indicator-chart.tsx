import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ChartData } from '../indicators';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

// GOV.UK blue and black: distinguishable without colour too, as the table carries every figure.
const colours = ['#1d70b8', '#0b0c0c'];

type IndicatorChartProps = { id: string; title: string; data: ChartData; formatValue: (value: number) => string };

/**
 * A bar chart with its accessible alternative: the one-line summary as its caption (and the
 * canvas's label, as an image), and a GOV.UK table with every figure the bars show.
 */
export function IndicatorChart({ id, title, data, formatValue }: IndicatorChartProps) {
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-8" aria-labelledby={`${id}-title`}>
      <h3 className="govuk-heading-s" id={`${id}-title`}>
        {title}
      </h3>
      <figcaption className="govuk-body" id={`${id}-summary`}>
        {data.summary}
      </figcaption>
      <div style={{ position: 'relative', height: '260px' }}>
        <Bar
          role="img"
          aria-label={data.summary}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: data.series.length > 1 } },
            scales: { y: { beginAtZero: true } },
          }}
          data={{
            labels: data.labels,
            datasets: data.series.map((series, i) => ({ label: series.label, data: series.values, backgroundColor: colours[i % colours.length] })),
          }}
        />
      </div>
      <table className="govuk-table govuk-!-margin-top-4">
        <caption className="govuk-table__caption govuk-table__caption--s">{title}: the figures</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              &nbsp;<span className="govuk-visually-hidden">Category</span>
            </th>
            {data.series.map((series) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={series.label}>
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data.labels.map((label, row) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              {data.series.map((series) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={series.label}>
                  {formatValue(series.values[row] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
