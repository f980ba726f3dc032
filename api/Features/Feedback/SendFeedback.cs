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
/// A registered carer makes a complaint or gives a compliment online, about any part of the service.
/// A complaint is received today and must be acknowledged within 3 working days (England and Wales);
/// a compliment is simply recorded.
/// </summary>
public static class SendFeedback
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Kind = FeedbackKind.Compliment, About = FeedbackAbout.Staff, Text = "Rehana listened to me and sorted out the sitting service in a week. Thank you." };

        public FeedbackKind? Kind { get; init; }
        public FeedbackAbout? About { get; init; }
        /// <summary>What happened, or what was good, in the carer's words (up to 4,000 characters).</summary>
        public string? Text { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<FeedbackItem?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Kind).NotNull().WithMessage("Select whether this is a complaint or a compliment");
            RuleFor(x => x.About).NotNull().WithMessage("Select what it is about");
            RuleFor(x => x.Text).FeedbackText("Tell us what happened", FeedbackRules.TextMax);
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : ICommandHandler<Command, FeedbackItem?>
    {
        private const string CarerSql = "SELECT id FROM carer WHERE account_subject = @Subject";

        public async ValueTask<FeedbackItem?> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carerId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                CarerSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (carerId is null) return null;

            var item = await FeedbackWriter.InsertAsync(connection, transaction, clock, workingDays, command.Caller, nameof(SendFeedback), new FeedbackWriter.NewFeedback(
                carerId.Value, command.Body.Kind!.Value, command.Body.About!.Value, command.Body.Text!, ReceivedVia.Online, clock.GetUtcNow()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return item;
        }
    }

    /// <remarks>
    /// A registered carer makes a complaint or gives a compliment online, about any part of the service
    /// (`about`), in their own words. A complaint is received today and the council must acknowledge it
    /// within 3 working days (the Local Authority Social Services and National Health Service Complaints
    /// (England) Regulations 2009); a compliment is simply recorded.
    ///
    /// Answers 201 with the complaint or compliment as the carer sees it (its steps and dates) and its
    /// `Location`.
    ///
    /// - 400: `kind` or `about` is missing, or the text is too long or holds markup brackets or control characters.
    /// - 404: the caller has not registered as a carer yet.
    /// </remarks>
    public static async Task<Results<Created<FeedbackItem>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) is { } item
            ? TypedResults.Created($"/api/me/carer/feedback/{item.Id}", item)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
}
