using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>
/// Staff record that the complaint was acknowledged (regulation 13: within 3 working days of receipt),
/// and when: now if not given; never in the future nor before it was received (400). Only a received complaint can be acknowledged
/// (otherwise 409). Needs If-Match: none is 428, a stale one 412.
/// </summary>
public static class AcknowledgeComplaint
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { AcknowledgedAt = new DateTimeOffset(2026, 3, 17, 14, 30, 0, TimeSpan.Zero) };

        /// <summary>When the carer was told the complaint was received (a phone call, a letter, an email); now if not given.</summary>
        public DateTimeOffset? AcknowledgedAt { get; init; }
    }

    public sealed record Command(Caller Caller, Guid ComplaintId, int ExpectedVersion, Request Body) : ICommand<StepResult>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.AcknowledgedAt).Must(at => at is null || at <= clock.GetUtcNow().AddMinutes(5))
                .WithMessage("The date it was acknowledged cannot be in the future");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : ICommandHandler<Command, StepResult>
    {
        private const string Sql = """
            UPDATE feedback SET status = 'acknowledged', acknowledged_at = @At, acknowledged_by = @Subject, version = version + 1
            WHERE id = @Id AND kind = 'complaint' AND version = @ExpectedVersion AND status = ANY(@From)
            RETURNING id
            """;

        public async ValueTask<StepResult> Handle(Command command, CancellationToken cancellationToken) =>
            await ComplaintSteps.TakeAsync(db, clock, workingDays, command.Caller, nameof(AcknowledgeComplaint), command.ComplaintId, command.ExpectedVersion,
                ["received"], Sql, new DynamicParameters(new { At = (command.Body.AcknowledgedAt ?? clock.GetUtcNow()).UtcDateTime }), cancellationToken,
                NoticeKind.ComplaintAcknowledged);
    }

    /// <remarks>
    /// Records that a received complaint was acknowledged (regulation 13: within 3 working days of receipt),
    /// and when: now if not given; never in the future nor before it was received. The carer sees the date.
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
            _ => "This complaint has already been acknowledged.",
            ("acknowledgedAt", "The date it was acknowledged cannot be before the complaint was received"));
}
