using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// An assessor reviews a completed assessment: the plan carries forward and the review date is
/// reset, no later than 12 months from the review. A young carer's assessment reviewed once the
/// carer has turned 18 notes that their next assessment is an adult carer's assessment; no other
/// review does.
/// </summary>
public static class ReviewAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { NextReviewOn = new DateOnly(2028, 3, 16), Note = "Sitting service working well; Amina is back to four days at work." };

        public DateOnly? NextReviewOn { get; init; }
        public string? Note { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.NextReviewOn).NotNull().WithMessage("Enter the next review date");
            RuleFor(x => x.Note).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The note must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string CarryForwardSql = """
            UPDATE support_plan SET next_review_on = @NextReviewOn, updated_at = now(), version = version + 1 WHERE assessment_id = @AssessmentId
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (!AssessmentLifecycle.MayMove(locked.Current, AssessmentStatus.Reviewed, AssessmentLifecycle.Mover.Assessor))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be reviewed");
            }

            if (command.Body.NextReviewOn > today.AddMonths(12) || command.Body.NextReviewOn <= today)
            {
                return new AssessmentOutcome.Invalid("nextReviewOn", $"The next review must be after today and no later than {today.AddMonths(12):d MMMM yyyy}");
            }

            var carried = await connection.ExecuteAsync(new CommandDefinition(CarryForwardSql, new { command.AssessmentId, command.Body.NextReviewOn },
                transaction, cancellationToken: cancellationToken));
            if (carried == 0) return new AssessmentOutcome.IllegalMove(locked.Current, "be reviewed without a support plan");

            var note = command.Body.Note?.Trim();
            // The transition (Care Act s63): only a young carer's assessment reviewed once the carer is 18
            // leads to an adult carer's assessment; an adult's review has nothing to add.
            if (locked.Kind == AssessmentKind.YoungCarer.Code() && CarerCategories.Age(locked.DateOfBirth, today) >= 18)
            {
                note = string.Join(" ", new[] { note, "The carer is 18 or over: their next assessment is an adult carer's assessment." }.Where(n => !string.IsNullOrEmpty(n)));
            }

            await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, AssessmentStatus.Reviewed, command.Caller,
                nameof(ReviewAssessment), note, cancellationToken);
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor reviews a completed assessment: the support plan carries forward and its review date is reset, no later than
    /// 12 months from the review. When a young carer has turned 18 by the review, the answer's `nextAssessmentKind` says their
    /// next assessment is an adult carer's.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is not completed, or has no support plan to review.
    /// - 400: the next review date is not after today, or more than 12 months on.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
