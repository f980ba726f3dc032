import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag } from '@/components/govuk/misc';
import { TaskList } from '@/components/govuk/task-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment } from '@/lib/api/types';
import { allAnswered, firstQuestionToAnswer, sectionsFor, sectionStatus, type SectionStatus } from '@/lib/assessment-questions';
import { assessmentKindLabels } from '@/lib/reference-data';
import { assessmentPaths } from '../paths';

function statusView(status: SectionStatus) {
  if (status === 'completed') return 'Completed';
  if (status === 'inProgress') return <Tag colour="light-blue">In progress</Tag>;
  return <Tag colour="blue">Not yet started</Tag>;
}

/** The self-assessment as a GOV.UK task list: a section at a time, saved as the carer goes. */
export function AssessmentTaskList({ assessment, justStarted }: { assessment: Assessment; justStarted: boolean }) {
  const title = assessmentKindLabels[assessment.kind];
  usePageTitle(title);
  const sections = sectionsFor(assessment.kind);
  const completed = sections.filter((section) => sectionStatus(assessment.answers, section) === 'completed').length;
  const ready = allAnswered(assessment.answers, assessment.kind);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {justStarted ? <NotificationBanner type="success" heading="You have started your assessment" /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Each answer is saved when you continue, so you can stop, sign out and come back to it later.
        </p>
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Your assessment is not finished</h2>
        <p className="govuk-body govuk-!-margin-bottom-7">
          You have completed {completed} of {sections.length} sections.
        </p>
        <TaskList
          idPrefix="assessment"
          items={[
            ...sections.map((section) => {
              const status = sectionStatus(assessment.answers, section);
              return {
                id: section.id,
                title: section.title,
                to: assessmentPaths.question(assessment.id, firstQuestionToAnswer(assessment.answers, section).id),
                status: statusView(status),
              };
            }),
            ready
              ? { id: 'check', title: 'Check your answers and send', to: assessmentPaths.checkAnswers(assessment.id), status: <Tag colour="blue">Not yet started</Tag> }
              : { id: 'check', title: 'Check your answers and send', status: 'Cannot start yet', cannotStartYet: true },
          ]}
        />
      </div>
    </div>
  );
}
