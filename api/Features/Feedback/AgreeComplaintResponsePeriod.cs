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
/// Staff record the response period agreed with the carer (regulation 13: discussed when the
/// complaint is acknowledged; regulation 14: 6 months from receipt if none is agreed): the date the
/// response is due, and that they agreed it, now. Only an acknowledged complaint not yet answered
/// (otherwise 409); it can be agreed again while it is open. Needs If-Match: none is 428, a stale one 412.
/// </summary>
public static class AgreeComplaintResponsePeriod
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { RespondBy = new DateOnly(2026, 4, 15) };

        /// <summary>The date agreed with the carer by which they will have the response: after today, within 12 months.</summary>
        public DateOnly? RespondBy { get; init; }
    }

    public sealed record Command(Caller Caller, Guid ComplaintId, int ExpectedVersion, Request Body) : ICommand<StepResult>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.RespondBy).NotNull().WithMessage("Enter the date agreed for the response")
                .Must(d => d > FeedbackRules.Today(clock)).WithMessage("The date agreed for the response must be in the future")
                .Must(d => d <= FeedbackRules.Today(clock).AddMonths(12)).WithMessage("The date agreed for the response must be within 12 months");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : ICommandHandler<Command, StepResult>
    {
        private const string Sql = """
            UPDATE feedback SET response_due_on = @RespondBy, response_period_agreed_at = @Now, response_period_agreed_by = @Subject, version = version + 1
            WHERE id = @Id AND kind = 'complaint' AND version = @ExpectedVersion AND status = ANY(@From)
            RETURNING id
            """;

        public async ValueTask<StepResult> Handle(Command command, CancellationToken cancellationToken) =>
            await ComplaintSteps.TakeAsync(db, clock, workingDays, command.Caller, nameof(AgreeComplaintResponsePeriod), command.ComplaintId,
                command.ExpectedVersion, ["acknowledged"], Sql,
                new DynamicParameters(new { command.Body.RespondBy, Now = clock.GetUtcNow().UtcDateTime }), cancellationToken);
    }

    /// <remarks>
    /// Records the date by which the council will respond, as agreed with the carer (regulation 13: discussed
    /// when the complaint is acknowledged; regulation 14: 6 months from receipt if none is agreed). The date
    /// must be in the future and within 12 months. Only an acknowledged complaint not yet answered; it can be
    /// agreed again while the complaint is open.
    ///
    /// Concurrency: send `If-Match` with the complaint's `ETag` as you read it (GetComplaint); the answer is
    /// the complaint with its new `ETag`.
    ///
    /// - 400: a field is missing or not valid (the `errors` map names each).
    /// - 404: no such complaint.
    /// - 409: the complaint is not at a step where this can be done (the `detail` says why), whatever the ETag.
    /// - 412: the complaint changed since you read it: read it again.
    /// - 428: `If-Match` is missing.
    /// </remarks>
    public static async Task<Results<Ok<ComplaintRecord>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Guid complaintId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await ComplaintSteps.RespondAsync(request, response,
            version => mediator.Send(new Command(Caller.From(user), complaintId, version, body), cancellationToken),
            status => status == "received"
                ? "Acknowledge the complaint first: the response period is agreed with the carer once it is acknowledged."
                : "This complaint has been answered; its response period can no longer change.");
}
