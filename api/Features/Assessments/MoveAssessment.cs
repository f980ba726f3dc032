using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// An assessor moves an assessment along its lifecycle: offer it, schedule it (with a date),
/// start it. Completing and reviewing have use cases of their own. An illegal move is 409.
/// </summary>
public static class MoveAssessment
{
    public enum Step { Offered, Scheduled, InProgress }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { To = Step.Scheduled, ScheduledFor = new DateOnly(2026, 3, 11), Note = "Home visit agreed with Amina by phone." };

        public Step? To { get; init; }
        /// <summary>For scheduled: the date of the assessment.</summary>
        public DateOnly? ScheduledFor { get; init; }
        public string? Note { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.To).NotNull().WithMessage("Choose the step: offered, scheduled or inProgress");
            RuleFor(x => x.ScheduledFor).NotNull().When(x => x.To == Step.Scheduled).WithMessage("Enter the date of the assessment")
                .Must(d => d is null || d >= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date of the assessment must be today or later");
            RuleFor(x => x.Note).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The note must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var to = command.Body.To switch
            {
                Step.Offered => AssessmentStatus.Offered,
                Step.Scheduled => AssessmentStatus.Scheduled,
                _ => AssessmentStatus.InProgress,
            };
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, nameof(MoveAssessment), cancellationToken);
            if (locked is null) return refused!;

            if (!AssessmentLifecycle.MayMove(locked.Current, to, AssessmentLifecycle.Mover.Assessor))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, $"move to {to.Code()}");
            }

            await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, to, command.Caller, nameof(MoveAssessment),
                command.Body.Note?.Trim(), cancellationToken);
            if (to == AssessmentStatus.Scheduled)
            {
                await connection.ExecuteAsync(new CommandDefinition("UPDATE assessment SET scheduled_for = @Date WHERE id = @AssessmentId",
                    new { Date = command.Body.ScheduledFor, command.AssessmentId }, transaction, cancellationToken: cancellationToken));
                await CarerNotices.QueueAsync(connection, transaction, locked.CarerId, NoticeKind.AssessmentScheduled, $"assessment:{command.AssessmentId}",
                    new NoticeValues { Date = command.Body.ScheduledFor }, cancellationToken);
            }
            else if (to == AssessmentStatus.Offered)
            {
                await CarerNotices.QueueAsync(connection, transaction, locked.CarerId, NoticeKind.AssessmentOffered, $"assessment:{command.AssessmentId}",
                    NoticeValues.None, cancellationToken);
            }

            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor moves an assessment along its lifecycle: `offered`, `scheduled` (with `scheduledFor`, the date of the
    /// visit or call) or `inProgress`, with an optional note kept in the history. Completing, deciding and reviewing have
    /// operations of their own.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the move is not possible from where the assessment stands (the problem says where it stands).
    /// - 400: `scheduledFor` is missing for `scheduled`, or before today.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
