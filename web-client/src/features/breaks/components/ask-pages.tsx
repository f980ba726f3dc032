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
import { breakTypeLabels, breakTypePlurals } from '@/lib/reference-data';
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
  const title = 'Who is the break for?';

  if (people.length === 0) {
    return (
      <CannotAsk title={title} backTo={breakPaths.list} linkTo={paths.addCaredForPerson} linkText="Add someone you care for">
        <p className="govuk-body">A break is arranged for someone you care for. Tell us about them first.</p>
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
        if (!relationshipId) return setErrors(validationToFormErrors({ relationshipId: 'Select who the break is for' }));
        goOn({ ...answers, relationshipId }, breakPaths.type);
      }}
      name="relationshipId"
      hint="A break is arranged for the person you care for, so that you have time for yourself."
      value={relationshipId}
      onChange={setRelationshipId}
      items={people.map((person) => ({ value: person.relationshipId, label: caredForName(person) }))}
    />
  );
}

const typeHints: Record<BreakType, (name: string) => string> = {
  sittingService: (name) => `Someone stays with ${name} at home while you go out. Up to 4 hours a week, Monday to Sunday.`,
  shortBreak: (name) => `${name} spends a day or a few days with a provider, such as a day centre or respite home.`,
  residentialRespite: (name) => `${name} stays in a care home for a few days or weeks.`,
  sharedLives: (name) => `${name} stays with a Shared Lives carer in their own home.`,
  dayOpportunities: (name) => `${name} goes to a day centre, luncheon club or activities during the day.`,
};

export function BreakTypePage() {
  const { answers, people, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [breakType, setBreakType] = useState<BreakType | ''>(answers.breakType);
  const name = caredForName(people.find((person) => person.relationshipId === answers.relationshipId)) || 'the person you care for';
  return (
    <RequireAnswers before={breakPaths.type}>
      <RadiosQuestion<BreakType>
        title="What type of break do you need?"
        backTo={fromCheck ? breakPaths.check : breakPaths.who}
        errors={errors}
        attempt={attempt}
        onSubmit={() => {
          if (!breakType) return setErrors(validationToFormErrors({ breakType: 'Select the type of break' }));
          const next = breakType === answers.breakType ? answers : withoutSlot({ ...answers, breakType });
          goOn(next, next.emergency ? breakPaths.when : breakPaths.emergency);
        }}
        name="breakType"
        value={breakType}
        onChange={setBreakType}
        items={(Object.keys(breakTypeLabels) as BreakType[]).map((value) => ({ value, label: breakTypeLabels[value], hint: typeHints[value](name) }))}
      />
    </RequireAnswers>
  );
}

export function BreakEmergencyPage() {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [emergency, setEmergency] = useState(answers.emergency);
  return (
    <RequireAnswers before={breakPaths.emergency}>
      <RadiosQuestion<'yes' | 'no'>
        title="Do you need the break today because of an emergency?"
        backTo={fromCheck ? breakPaths.check : breakPaths.type}
        errors={errors}
        attempt={attempt}
        onSubmit={() => {
          if (!emergency) return setErrors(validationToFormErrors({ emergency: 'Select yes if you need the break today because of an emergency' }));
          goOn(emergency === answers.emergency ? answers : withoutSlot({ ...answers, emergency }), breakPaths.when);
        }}
        name="emergency"
        hint="For example, you are ill, have to go into hospital, or cannot carry on caring today. We deal with emergencies first. An emergency break starts today."
        value={emergency}
        onChange={setEmergency}
        items={[
          { value: 'yes', label: 'Yes, I need a break today' },
          { value: 'no', label: 'No, I am planning ahead' },
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
  const title = emergency ? 'Choose a provider for today' : answers.breakType === 'sittingService' ? 'Choose a provider and a day' : 'Choose a provider and the first day';

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
  const what = breakTypePlurals[answers.breakType || 'shortBreak'];
  const navigation = windowNavigation(from, today);
  const search = fromCheck ? '&change=1' : '';

  function submit() {
    const parsed = parseSlot(slot);
    const providerName = open.get(slot);
    if (!parsed || !providerName) {
      setErrors(validationToFormErrors({ slot: emergency ? 'Select a provider with a place today' : 'Select a provider and a day with a place left' }, { slot: `#slot` }));
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
              ? `The providers of ${what} with a place today, ${formatDayLong(today)}.`
              : `Each day shows how many places a provider has left for ${what}. Choose the ${answers.breakType === 'sittingService' ? 'day' : 'first day of the break'}; you can choose the last day next.`}
          </Hint>
          {errors.fields.slot ? <ErrorMessage id="slot-error">{errors.fields.slot}</ErrorMessage> : null}
          {weeks.every((week) => week.rows.length === 0) ? (
            <p className="govuk-body" id="slot">
              No provider offers {what} {emergency ? 'today' : `between ${formatDayRange(from, to)}`}.
            </p>
          ) : (
            <>
              {!anyPlaces ? <p className="govuk-body">Every place is taken {emergency ? 'today' : 'in these 2 weeks'}.</p> : null}
              <AvailabilityCalendar weeks={weeks} what={what} value={slot} onChange={setSlot} name="slot" />
            </>
          )}
        </fieldset>
      </div>
      {emergency ? (
        <InsetText>If nobody has a place today, call Carers Central’s helpline and tell them it is an emergency.</InsetText>
      ) : (
        <PrevNextPagination
          ariaLabel="Other weeks"
          previous={navigation.previous ? { to: `?from=${navigation.previous}${search}` } : undefined}
          next={navigation.next ? { to: `?from=${navigation.next}${search}` } : undefined}
          previousText="Earlier weeks"
          nextText="Later weeks"
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
  return (
    <CannotAsk title={title} backTo={breakPaths.when} linkTo={breakPaths.when} linkText="Choose another day or provider">
      {children}
    </CannotAsk>
  );
}

function SittingLength() {
  const query = useMyBreaks();
  const title = 'How long do you need the sitter for?';
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
  const weekText = `the week of ${formatDayLong(week)}`;

  if (options.length === 0) {
    return (
      <ChooseAgain title="You have no sitting service left that week">
        <p className="govuk-body">
          You have asked for 4 hours of sitting service in {weekText} already. That is the most you can have in a week, Monday to Sunday.
        </p>
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
        if (!options.includes(Number(minutes))) return setErrors(validationToFormErrors({ sittingMinutes: 'Select how long you need the sitter for' }));
        goOn({ ...answers, sittingMinutes: minutes, endsOn: answers.startsOn }, breakPaths.check);
      }}
      name="sittingMinutes"
      hint={`You can have up to 4 hours of sitting service a week, Monday to Sunday. You have ${formatMinutes(left)} left in ${weekText}.`}
      value={minutes}
      onChange={setMinutes}
      items={options.map((value) => ({ value: String(value), label: formatMinutes(value) }))}
    />
  );
}

function LastDay() {
  const { answers } = useAsk();
  const query = useBreakAvailability({ breakType: answers.breakType || 'shortBreak', from: answers.startsOn, to: addDays(answers.startsOn, maxBreakDays - 1) });
  const title = 'When is the last day of the break?';
  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const options = lastDayOptions(query.data, answers.providerId, answers.startsOn);
  if (options.length === 0) {
    return (
      <ChooseAgain title="That day has no place left">
        <p className="govuk-body">
          {answers.providerName} has no place left on {formatDayLong(answers.startsOn)} any more.
        </p>
      </ChooseAgain>
    );
  }
  return <LastDayForm title={title} options={options} />;
}

function LastDayForm({ title, options }: { title: string; options: { date: string; length: number }[] }) {
  const { answers, errors, attempt, setErrors, fromCheck, goOn } = useQuestion();
  const [endsOn, setEndsOn] = useState(options.some((option) => option.date === answers.endsOn) ? answers.endsOn : options[0]!.date);
  const last = options[options.length - 1]!;
  return (
    <QuestionForm
      title={title}
      backTo={fromCheck ? breakPaths.check : breakPaths.when}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!options.some((option) => option.date === endsOn)) return setErrors(validationToFormErrors({ endsOn: 'Select the last day of the break' }));
        goOn({ ...answers, endsOn, sittingMinutes: '' }, breakPaths.check);
      }}
    >
      <Select
        id="endsOn"
        label={title}
        isPageHeading
        hint={`The break starts on ${formatDayLong(answers.startsOn)}. ${answers.providerName} has a place on each day it works until ${formatDayLong(last.date)}${options.length > 1 ? '' : ' only'}. A break can be up to ${maxBreakDays} days.`}
        error={errors.fields.endsOn}
        value={endsOn}
        onChange={setEndsOn}
        items={options.map((option) => ({ value: option.date, label: `${formatDayLong(option.date)} (${option.length === 1 ? '1 day' : `${option.length} days`})` }))}
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
  const title = 'Check your answers before asking for the break';
  usePageTitle(title, hasErrors(errors));
  const body = toRequestBreakRequest(answers);
  if (!body) return <Navigate to={firstUnanswered(answers) ?? breakPaths.who} replace />;
  const person = people.find((candidate) => candidate.relationshipId === body.relationshipId);
  const sitting = body.breakType === 'sittingService';

  function send() {
    if (!body) return;
    request.mutate(body, {
      // The confirmation page clears the answers, once this page has gone.
      onSuccess: (booked) => void navigate(breakPaths.done, { state: { booked } }),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          const message = error.problem.detail ?? error.problem.title ?? 'There is no place left for this break.';
          // The week's 4 hours of sitting service are used: choose a shorter time or another week.
          const allowance = sitting && /4 hours/.test(message);
          setErrors({
            fields: {},
            summary: [{ text: `${message} ${allowance ? 'Choose a shorter time or another day.' : 'Choose another day or provider.'}`, href: allowance ? breakPaths.howLong : breakPaths.when }],
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
              { key: 'Who the break is for', value: caredForName(person), actions: [{ to: `${breakPaths.who}?change=1`, text: 'Change', visuallyHiddenText: 'who the break is for' }] },
              { key: 'Type of break', value: breakTypeLabels[body.breakType], actions: [{ to: `${breakPaths.type}?change=1`, text: 'Change', visuallyHiddenText: 'the type of break' }] },
              { key: 'Emergency', value: body.emergency ? 'Yes, I need the break today' : 'No', actions: [{ to: `${breakPaths.emergency}?change=1`, text: 'Change', visuallyHiddenText: 'whether it is an emergency' }] },
              { key: 'Provider', value: answers.providerName, actions: [{ to: `${breakPaths.when}?from=${body.startsOn}&change=1`, text: 'Change', visuallyHiddenText: 'the provider' }] },
              {
                key: sitting ? 'Day' : 'First day',
                value: formatDayLong(body.startsOn),
                actions: [{ to: `${breakPaths.when}?from=${body.startsOn}&change=1`, text: 'Change', visuallyHiddenText: sitting ? 'the day' : 'the first day' }],
              },
              sitting
                ? { key: 'How long', value: formatMinutes(body.sittingMinutes ?? 0), actions: [{ to: `${breakPaths.howLong}?change=1`, text: 'Change', visuallyHiddenText: 'how long' }] }
                : {
                    key: 'Last day',
                    value: `${formatDayLong(body.endsOn ?? body.startsOn)}`,
                    actions: [{ to: `${breakPaths.howLong}?change=1`, text: 'Change', visuallyHiddenText: 'the last day' }],
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
              Send request
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
  usePageTitle('Break requested');
  useEffect(() => setAnswers(emptyBreakAnswers), [setAnswers]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Break requested">
          {booked ? `${breakTypeLabels[booked.breakType]} with ${booked.providerName}, ${datesText(booked)}` : null}
        </ConfirmationPanel>
        {booked?.emergency ? (
          <p className="govuk-body">You told us it is an emergency, so we will look at it first, today.</p>
        ) : (
          <p className="govuk-body">We have kept the place for you. We will look at your request and let you know when it is approved and when the provider has confirmed it.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={breakPaths.list}>
            View your breaks
          </Link>
        </p>
      </div>
    </div>
  );
}
