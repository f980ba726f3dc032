import type { TFunction } from 'i18next';
import { useAssessmentWords } from '@/components/assessment/assessment-words';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag } from '@/components/govuk/misc';
import { TaskList } from '@/components/govuk/task-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment } from '@/lib/api/types';
import { allAnswered, firstQuestionToAnswer, sectionsFor, sectionStatus, type SectionStatus } from '@/lib/assessment-questions';
import { assessmentPaths } from '../paths';

function statusView(status: SectionStatus, t: TFunction<'assessment'>) {
  if (status === 'completed') return t('taskList.completed');
  if (status === 'inProgress') return <Tag colour="light-blue">{t('taskList.inProgress')}</Tag>;
  return <Tag colour="blue">{t('taskList.notStarted')}</Tag>;
}

/** The self-assessment as a GOV.UK task list: a section at a time, saved as the carer goes. */
export function AssessmentTaskList({ assessment, justStarted }: { assessment: Assessment; justStarted: boolean }) {
  const { t, sectionTitle } = useAssessmentWords();
  const title = t(`kinds.${assessment.kind}`);
  usePageTitle(title);
  const sections = sectionsFor(assessment.kind);
  const completed = sections.filter((section) => sectionStatus(assessment.answers, section) === 'completed').length;
  const ready = allAnswered(assessment.answers, assessment.kind);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {justStarted ? <NotificationBanner type="success" heading={t('taskList.started')} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{t('taskList.saved')}</p>
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t('taskList.notFinished')}</h2>
        <p className="govuk-body govuk-!-margin-bottom-7">{t('taskList.progress', { completed, total: sections.length })}</p>
        <TaskList
          idPrefix="assessment"
          items={[
            ...sections.map((section) => {
              const status = sectionStatus(assessment.answers, section);
              return {
                id: section.id,
                title: sectionTitle(section),
                to: assessmentPaths.question(assessment.id, firstQuestionToAnswer(assessment.answers, section).id),
                status: statusView(status, t),
              };
            }),
            ready
              ? { id: 'check', title: t('taskList.check'), to: assessmentPaths.checkAnswers(assessment.id), status: <Tag colour="blue">{t('taskList.notStarted')}</Tag> }
              : { id: 'check', title: t('taskList.check'), status: t('taskList.cannotStart'), cannotStartYet: true },
          ]}
        />
      </div>
    </div>
  );
}
