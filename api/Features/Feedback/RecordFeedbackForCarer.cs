using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>
/// Staff record a complaint or a compliment a carer made by phone, letter, email or in person, with
/// when it was received (now if not given; never in the future, nor more than a year ago). The
/// acknowledgement is due 3 working days after the day it was received, not the day it was recorded.
/// </summary>
public static class RecordFeedbackForCarer
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                CarerId = Examples.CarerId,
                Kind = FeedbackKind.Complaint,
                About = FeedbackAbout.Break,
                Text = FeedbackItem.Example.Text,
                ReceivedVia = Feedback.ReceivedVia.Phone,
                ReceivedAt = new DateTimeOffset(2026, 3, 16, 10, 5, 0, TimeSpan.Zero),
            };

        public Guid? CarerId { get; init; }
        public FeedbackKind? Kind { get; init; }
        public FeedbackAbout? About { get; init; }
        /// <summary>What the carer said, as near their words as can be written down (up to 4,000 characters).</summary>
        public string? Text { get; init; }
        /// <summary>How it came in: phone, letter, email or inPerson (online is the carer's own form).</summary>
        public ReceivedVia? ReceivedVia { get; init; }
        /// <summary>When the council received it; now if not given.</summary>
        public DateTimeOffset? ReceivedAt { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<FeedbackItem?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.CarerId).NotNull().WithMessage("Say whose feedback this is");
            RuleFor(x => x.Kind).NotNull().WithMessage("Select whether this is a complaint or a compliment");
            RuleFor(x => x.About).NotNull().WithMessage("Select what it is about");
            RuleFor(x => x.Text).FeedbackText("Enter what the carer said", FeedbackRules.TextMax);
            RuleFor(x => x.ReceivedVia).NotNull().WithMessage("Select how it was received")
                .NotEqual(ReceivedVia.Online).WithMessage("Carers send feedback online themselves; select phone, letter, email or in person");
            RuleFor(x => x.ReceivedAt)
                .Must(at => at is null || at <= clock.GetUtcNow().AddMinutes(5)).WithMessage("The date it was received cannot be in the future")
                .Must(at => at is null || at >= clock.GetUtcNow().AddYears(-1)).WithMessage("The date it was received must be within the last year");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : ICommandHandler<Command, FeedbackItem?>
    {
        private const string CarerSql = "SELECT id FROM carer WHERE id = @CarerId";

        public async ValueTask<FeedbackItem?> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carerId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                CarerSql, new { body.CarerId }, transaction, cancellationToken: cancellationToken));
            if (carerId is null) return null;

            var item = await FeedbackWriter.InsertAsync(connection, transaction, clock, workingDays, command.Caller, nameof(RecordFeedbackForCarer),
                new FeedbackWriter.NewFeedback(carerId.Value, body.Kind!.Value, body.About!.Value, body.Text!, body.ReceivedVia!.Value,
                    body.ReceivedAt ?? clock.GetUtcNow()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return item;
        }
    }

    /// <remarks>
    /// Staff record a complaint or a compliment a carer made by phone, letter, email or in person (`receivedVia`;
    /// carers send online feedback themselves), with when it was received: now if not given, never in the
    /// future nor more than a year ago. The acknowledgement is due 3 working days after the day it was
    /// received, not the day it was recorded.
    ///
    /// Answers 201 with the staff view; a complaint's `Location` is its place in the complaints queue
    /// (GetComplaint), a compliment has none.
    ///
    /// - 400: a field is missing or not valid (including `receivedVia: online`).
    /// - 404: no such carer.
    /// </remarks>
    public static async Task<Results<Created<FeedbackItem>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) is { } item
            // A complaint has its own page in the queue; a compliment is read in the carer's whole case (every 201 says where to read it).
            ? TypedResults.Created(item.Kind == FeedbackKind.Complaint ? $"/api/feedback/complaints/{item.Id}" : $"/api/carers/{body.CarerId}/case", item)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
}
