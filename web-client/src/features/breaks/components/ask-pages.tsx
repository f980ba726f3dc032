import { useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { RadiosQuestion } from '@/components/form/radios-question';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { ErrorMessage, Hint } from '@/components/govuk/parts';
import { Select } from '@/components/govuk/select';
import { SummaryList } from '@/components/govuk/summary-list';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { Break, BreakType, CaredForPerson } from '@/lib/api/types';
import { addDays, formatDayLong, formatDayRange, formatMinutes, mondayOf } from '@/lib/calendar';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { todayIso } from '@/lib/validation/date';
import { useBreakAvailability } from '../api/get-break-availability';
import { useMyBreaks } from '../api/list-my-breaks';
import { useRequestBreak } from '../api/request-break';
import {
  buildCalendar,
  lastDayOptions,
  maxBreakDays,
  parseSlot,
  sittingMinutesBooked,
  sittingMinutesPerWeek,
  sittingOptions,
  slotValue,
  windowDays,
  windowNavigation,
  windowStart,
} from '../availability';
import { emptyBreakAnswers, fieldPages, firstUnanswered, toRequestBreakRequest, withoutLength, withoutSlot, type BreakAnswers } from '../break-answers';
import { caredForName, datesText } from '../break-text';
import { breakPaths } from '../paths';
import { AvailabilityCalendar } from './availability-calendar';
import { useBreakWords } from './break-words';

export type BreakAskContext = {
  answers: BreakAnswers;
  setAnswers: (answers: BreakAnswers) => void;
  /** The people the carer cares for now (from their record). */
  people: CaredForPerson[];
};

function useAsk() {
  return useOutletContext<BreakAskContext>();
}

function useFromCheck(): boolean {
  return new URLSearchParams(useLocation().search).get('change') === '1';
}

/** What each question page needs: the answers so far, the form's errors, and the way on. */
function useQuestion() {
  const { answers, setAnswers, people } = useAsk();
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const fromCheck = useFromCheck();
  /** Keeps the answers and goes on: back to check answers after a change once every answer is there, else to `fallback`. */
  function goOn(next: BreakAnswers, fallback: string) {
    setAnswers(next);
    void navigate(fromCheck && firstUnanswered(next) === null ? breakPaths.check : fallback);
  }
  return { answers, people, errors, attempt, setErrors, fromCheck, goOn };
}

/** Pages after the first need the answers before them: a page reached too early sends the carer back. */
function RequireAnswers({ before, children }: { before: string; children: ReactNode }) {
  const { answers } = useAsk();
  const order = [breakPaths.who, breakPaths.type, breakPaths.emergency, breakPaths.when, breakPaths.howLong, breakPaths.check];
  const missing = firstUnanswered(answers);
  if (missing && order.indexOf(missing) < order.indexOf(before)) return <Navigate to={missing} replace />;
  return <>{children}</>;
}

/** A page that cannot ask its question: why not, and a link to what to do instead. */
function CannotAsk({ title, backTo, linkTo, linkText, children }: { title: string; backTo: string; linkTo: string; linkText: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <BackLink to={backTo} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
          <p className="govuk-body">
            <Link className="govuk-link" to={linkTo}>
              {linkText}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

export function BreakWhoPage() {
  const { answers, people, errors, attempt, setErrors, goOn } = useQuestion();
  const [relationshipId, setRelationshipId] = useState(answers.relationshipId);
  const { t } = useBreakWords();
  const title = t('ask.who.title');

  if (people.length === 0) {
    return (
      <CannotAsk title={title} backTo={breakPaths.list} linkTo={paths.addCaredForPerson} linkText={t('ask.who.addPerson')}>
        <p className="govuk-body">{t('ask.who.nobody')}</p>
      </CannotAsk>
    );
  }
  return (
    <RadiosQuestion<string>
      title={title}
      backTo={breakPaths.list}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!relationshipId) return setErrors(validationToFormErrors({ relationshipId: t('ask.who.missing') }));
        goOn({ ...answers, relationshipId }, breakPaths.type);
      }}
      name="relationshipId"
      hint={t('ask.who.hint')}
      value={relationshipId}
      onChange={setRelationshipId}
      items={people.map((person) => ({ value: person.relationshipId, label: caredForName(person) }))}
    />
  );
}

export function BreakTypePage() {
  const { answers, people, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [breakType, setBreakType] = useState<BreakType | ''>(answers.breakType);
  const { t, types } = useBreakWords();
  const name = caredForName(people.find((person) => person.relationshipId === answers.relationshipId)) || t('ask.type.thePerson');
  return (
    <RequireAnswers before={breakPaths.type}>
      <RadiosQuestion<BreakType>
        title={t('ask.type.title')}
        backTo={fromCheck ? breakPaths.check : breakPaths.who}
        errors={errors}
        attempt={attempt}
        onSubmit={() => {
          if (!breakType) return setErrors(validationToFormErrors({ breakType: t('ask.type.missing') }));
          const next = breakType === answers.breakType ? answers : withoutSlot({ ...answers, breakType });
          goOn(next, next.emergency ? breakPaths.when : breakPaths.emergency);
        }}
        name="breakType"
        value={breakType}
        onChange={setBreakType}
        items={(Object.keys(types) as BreakType[]).map((value) => ({ value, label: types[value], hint: t(`typeHints.${value}`, { name }) }))}
      />
    </RequireAnswers>
  );
}

export function BreakEmergencyPage() {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [emergency, setEmergency] = useState(answers.emergency);
  const { t } = useBreakWords();
  return (
    <RequireAnswers before={breakPaths.emergency}>
      <RadiosQuestion<'yes' | 'no'>
        title={t('ask.emergency.title')}
        backTo={fromCheck ? breakPaths.check : breakPaths.type}
        errors={errors}
        attempt={attempt}
        onSubmit={() => {
          if (!emergency) return setErrors(validationToFormErrors({ emergency: t('ask.emergency.missing') }));
          goOn(emergency === answers.emergency ? answers : withoutSlot({ ...answers, emergency }), breakPaths.when);
        }}
        name="emergency"
        hint={t('ask.emergency.hint')}
        value={emergency}
        onChange={setEmergency}
        items={[
          { value: 'yes', label: t('ask.emergency.yes') },
          { value: 'no', label: t('ask.emergency.no') },
        ]}
      />
    </RequireAnswers>
  );
}

export function BreakWhenPage() {
  return (
    <RequireAnswers before={breakPaths.when}>
      <BreakWhenForm />
    </RequireAnswers>
  );
}

function BreakWhenForm() {
  const { answers } = useAsk();
  const [search] = useSearchParams();
  const today = todayIso();
  const emergency = answers.emergency === 'yes';
  const from = emergency ? today : windowStart(search.get('from'), today);
  const length = emergency ? 1 : windowDays;
  const to = addDays(from, length - 1);
  const breakType = answers.breakType || 'shortBreak';
  const query = useBreakAvailability({ breakType, from, to });
  const { t } = useBreakWords();
  const title = t(emergency ? 'ask.when.titleToday' : answers.breakType === 'sittingService' ? 'ask.when.titleDay' : 'ask.when.titleFirstDay');

  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  // A new window of weeks starts the form afresh.
  return <WhenForm key={from} title={title} from={from} to={to} length={length} today={today} days={query.data} />;
}

function WhenForm({ title, from, to, length, today, days }: { title: string; from: string; to: string; length: number; today: string; days: Parameters<typeof buildCalendar>[0] }) {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const emergency = answers.emergency === 'yes';
  const weeks = buildCalendar(days, from, length, today);
  const open = new Map(
    weeks.flatMap((week) => week.rows.flatMap((row) => row.cells.filter((cell) => cell.kind === 'open').map((cell) => [slotValue(row.providerId, cell.date), row.providerName] as const))),
  );
  const chosen = answers.providerId && answers.startsOn ? slotValue(answers.providerId, answers.startsOn) : '';
  const [slot, setSlot] = useState(open.has(chosen) ? chosen : '');
  const { t, typesInSentence } = useBreakWords();
  const what = typesInSentence[answers.breakType || 'shortBreak'];
  const navigation = windowNavigation(from, today);
  const search = fromCheck ? '&change=1' : '';

  function submit() {
    const parsed = parseSlot(slot);
    const providerName = open.get(slot);
    if (!parsed || !providerName) {
      setErrors(validationToFormErrors({ slot: t(emergency ? 'ask.when.missingToday' : 'ask.when.missing') }, { slot: `#slot` }));
      return;
    }
    const same = parsed.providerId === answers.providerId && parsed.date === answers.startsOn;
    goOn(same ? answers : { ...withoutLength(answers), providerId: parsed.providerId, providerName, startsOn: parsed.date }, breakPaths.howLong);
  }

  const anyPlaces = open.size > 0;
  const hintId = 'slot-hint';
  const errorId = errors.fields.slot ? 'slot-error' : undefined;

  return (
    <QuestionForm
      title={title}
      backTo={fromCheck ? breakPaths.check : breakPaths.emergency}
      errors={errors}
      attempt={attempt}
      onSubmit={submit}
      wide
    >
      <div className={`govuk-form-group${errors.fields.slot ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 className="govuk-fieldset__heading">{title}</h1>
          </legend>
          <Hint id={hintId}>
            {emergency
              ? t('ask.when.hintToday', { what, today: formatDayLong(today) })
              : t(answers.breakType === 'sittingService' ? 'ask.when.hintDay' : 'ask.when.hintFirstDay', { what })}
          </Hint>
          {errors.fields.slot ? <ErrorMessage id="slot-error">{errors.fields.slot}</ErrorMessage> : null}
          {weeks.every((week) => week.rows.length === 0) ? (
            <p className="govuk-body" id="slot">
              {emergency ? t('ask.when.noProviderToday', { what }) : t('ask.when.noProvider', { what, dates: formatDayRange(from, to) })}
            </p>
          ) : (
            <>
              {!anyPlaces ? <p className="govuk-body">{t(emergency ? 'ask.when.allTakenToday' : 'ask.when.allTaken')}</p> : null}
              <AvailabilityCalendar weeks={weeks} what={what} value={slot} onChange={setSlot} name="slot" />
            </>
          )}
        </fieldset>
      </div>
      {emergency ? (
        <InsetText>{t('ask.when.helpline')}</InsetText>
      ) : (
        <PrevNextPagination
          ariaLabel={t('ask.when.otherWeeks')}
          previous={navigation.previous ? { to: `?from=${navigation.previous}${search}` } : undefined}
          next={navigation.next ? { to: `?from=${navigation.next}${search}` } : undefined}
          previousText={t('ask.when.earlier')}
          nextText={t('ask.when.later')}
          previousLabel={navigation.previous ? formatDayRange(navigation.previous, addDays(navigation.previous, windowDays - 1)) : undefined}
          nextLabel={navigation.next ? formatDayRange(navigation.next, addDays(navigation.next, windowDays - 1)) : undefined}
        />
      )}
    </QuestionForm>
  );
}

export function BreakHowLongPage() {
  const { answers } = useAsk();
  return (
    <RequireAnswers before={breakPaths.howLong}>
      {answers.breakType === 'sittingService' ? <SittingLength /> : <LastDay />}
    </RequireAnswers>
  );
}

function ChooseAgain({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useBreakWords();
  return (
    <CannotAsk title={title} backTo={breakPaths.when} linkTo={breakPaths.when} linkText={t('ask.howLong.chooseAgain')}>
      {children}
    </CannotAsk>
  );
}

function SittingLength() {
  const query = useMyBreaks();
  const { t } = useBreakWords();
  const title = t('ask.howLong.sittingTitle');
  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <SittingLengthForm title={title} breaks={query.data} />;
}

function SittingLengthForm({ title, breaks }: { title: string; breaks: Break[] }) {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [minutes, setMinutes] = useState(answers.sittingMinutes);
  const week = mondayOf(answers.startsOn);
  const left = Math.max(0, sittingMinutesPerWeek - sittingMinutesBooked(breaks, answers.startsOn));
  const options = sittingOptions(left);
  const { t } = useBreakWords();

  if (options.length === 0) {
    return (
      <ChooseAgain title={t('ask.howLong.noneLeftTitle')}>
        <p className="govuk-body">{t('ask.howLong.noneLeft', { week: formatDayLong(week) })}</p>
      </ChooseAgain>
    );
  }
  return (
    <RadiosQuestion<string>
      title={title}
      backTo={fromCheck ? breakPaths.check : breakPaths.when}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!options.includes(Number(minutes))) return setErrors(validationToFormErrors({ sittingMinutes: t('ask.howLong.sittingMissing') }));
        goOn({ ...answers, sittingMinutes: minutes, endsOn: answers.startsOn }, breakPaths.check);
      }}
      name="sittingMinutes"
      hint={t('ask.howLong.sittingHint', { left: formatMinutes(left), week: formatDayLong(week) })}
      value={minutes}
      onChange={setMinutes}
      items={options.map((value) => ({ value: String(value), label: formatMinutes(value) }))}
    />
  );
}

function LastDay() {
  const { answers } = useAsk();
  const query = useBreakAvailability({ breakType: answers.breakType || 'shortBreak', from: answers.startsOn, to: addDays(answers.startsOn, maxBreakDays - 1) });
  const { t } = useBreakWords();
  const title = t('ask.howLong.lastDayTitle');
  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const options = lastDayOptions(query.data, answers.providerId, answers.startsOn);
  if (options.length === 0) {
    return (
      <ChooseAgain title={t('ask.howLong.noPlaceTitle')}>
        <p className="govuk-body">{t('ask.howLong.noPlace', { provider: answers.providerName, day: formatDayLong(answers.startsOn) })}</p>
      </ChooseAgain>
    );
  }
  return <LastDayForm title={title} options={options} />;
}

function LastDayForm({ title, options }: { title: string; options: { date: string; length: number }[] }) {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [endsOn, setEndsOn] = useState(options.some((option) => option.date === answers.endsOn) ? answers.endsOn : options[0]!.date);
  const last = options[options.length - 1]!;
  const { t } = useBreakWords();
  return (
    <QuestionForm
      title={title}
      backTo={fromCheck ? breakPaths.check : breakPaths.when}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!options.some((option) => option.date === endsOn)) return setErrors(validationToFormErrors({ endsOn: t('ask.howLong.lastDayMissing') }));
        goOn({ ...answers, endsOn, sittingMinutes: '' }, breakPaths.check);
      }}
    >
      <Select
        id="endsOn"
        label={title}
        isPageHeading
        hint={t(options.length > 1 ? 'ask.howLong.lastDayHint' : 'ask.howLong.lastDayHintOnly', {
          first: formatDayLong(answers.startsOn),
          provider: answers.providerName,
          last: formatDayLong(last.date),
          maxDays: maxBreakDays,
        })}
        error={errors.fields.endsOn}
        value={endsOn}
        onChange={setEndsOn}
        items={options.map((option) => ({ value: option.date, label: t('ask.howLong.days', { day: formatDayLong(option.date), count: option.length }) }))}
      />
    </QuestionForm>
  );
}

export function BreakCheckAnswersPage() {
  return (
    <RequireAnswers before={breakPaths.check}>
      <CheckAnswers />
    </RequireAnswers>
  );
}

function CheckAnswers() {
  const { answers, people } = useAsk();
  const { errors, attempt, setErrors } = useFormErrors();
  const request = useRequestBreak();
  const navigate = useNavigate();
  const { t, types } = useBreakWords();
  const title = t('ask.check.title');
  usePageTitle(title, hasErrors(errors));
  const body = toRequestBreakRequest(answers);
  if (!body) return <Navigate to={firstUnanswered(answers) ?? breakPaths.who} replace />;
  const person = people.find((candidate) => candidate.relationshipId === body.relationshipId);
  const change = t('ask.check.change');
  const sitting = body.breakType === 'sittingService';

  function send() {
    if (!body) return;
    request.mutate(body, {
      // The confirmation page clears the answers, once this page has gone.
      onSuccess: (booked) => void navigate(breakPaths.done, { state: { booked } }),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          const message = error.problem.detail ?? error.problem.title ?? t('ask.check.noPlace');
          // The week's 4 hours of sitting service are used: choose a shorter time or another week.
          const allowance = sitting && /4 hours/.test(message);
          setErrors({
            fields: {},
            summary: [{ text: `${message} ${t(allowance ? 'ask.check.shorter' : 'ask.check.another')}`, href: allowance ? breakPaths.howLong : breakPaths.when }],
          });
          return;
        }
        setErrors(problemToFormErrors(error, fieldPages));
      },
    });
  }

  return (
    <>
      <BackLink to={breakPaths.howLong} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: t('ask.check.who'), value: caredForName(person), actions: [{ to: `${breakPaths.who}?change=1`, text: change, visuallyHiddenText: t('ask.check.changeWho') }] },
              { key: t('ask.check.type'), value: types[body.breakType], actions: [{ to: `${breakPaths.type}?change=1`, text: change, visuallyHiddenText: t('ask.check.changeType') }] },
              {
                key: t('ask.check.emergency'),
                value: t(body.emergency ? 'ask.check.emergencyYes' : 'ask.check.emergencyNo'),
                actions: [{ to: `${breakPaths.emergency}?change=1`, text: change, visuallyHiddenText: t('ask.check.changeEmergency') }],
              },
              { key: t('ask.check.provider'), value: answers.providerName, actions: [{ to: `${breakPaths.when}?from=${body.startsOn}&change=1`, text: change, visuallyHiddenText: t('ask.check.changeProvider') }] },
              {
                key: t(sitting ? 'ask.check.day' : 'ask.check.firstDay'),
                value: formatDayLong(body.startsOn),
                actions: [{ to: `${breakPaths.when}?from=${body.startsOn}&change=1`, text: change, visuallyHiddenText: t(sitting ? 'ask.check.changeDay' : 'ask.check.changeFirstDay') }],
              },
              sitting
                ? { key: t('ask.check.howLong'), value: formatMinutes(body.sittingMinutes ?? 0), actions: [{ to: `${breakPaths.howLong}?change=1`, text: change, visuallyHiddenText: t('ask.check.changeHowLong') }] }
                : {
                    key: t('ask.check.lastDay'),
                    value: formatDayLong(body.endsOn ?? body.startsOn),
                    actions: [{ to: `${breakPaths.howLong}?change=1`, text: change, visuallyHiddenText: t('ask.check.changeLastDay') }],
                  },
            ]}
          />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              send();
            }}
          >
            <Button preventDoubleClick disabled={request.isPending}>
              {t('ask.check.send')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function BreakConfirmationPage() {
  const booked = (useLocation().state as { booked?: Break } | null)?.booked;
  const { setAnswers } = useAsk();
  const { t, types } = useBreakWords();
  usePageTitle(t('ask.done.title'));
  useEffect(() => setAnswers(emptyBreakAnswers), [setAnswers]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={t('ask.done.title')}>
          {booked ? t('ask.done.booked', { type: types[booked.breakType], provider: booked.providerName, when: datesText(booked) }) : null}
        </ConfirmationPanel>
        {booked?.emergency ? (
          <p className="govuk-body">{t('ask.done.emergency')}</p>
        ) : (
          <p className="govuk-body">{t('ask.done.next')}</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={breakPaths.list}>
            {t('ask.done.viewBreaks')}
          </Link>
        </p>
      </div>
    </div>
  );
}
