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
/// Staff record the response sent to the carer (regulation 14): the outcome, the explanation, what
/// will change (needed unless not upheld), when it was sent (now if not given), and the Ombudsman
/// paragraph, which the API adds and stores so the carer reads what they were told. Only an
/// acknowledged complaint not yet answered (otherwise 409). Needs If-Match: none is 428, a stale one 412.
/// </summary>
public static class RespondToComplaint
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Outcome = ComplaintOutcome.Upheld,
                Response = FeedbackItem.Example.Response,
                WhatWillChange = FeedbackItem.Example.WhatWillChange,
                RespondedAt = new DateTimeOffset(2026, 4, 8, 11, 0, 0, TimeSpan.Zero),
            };

        public ComplaintOutcome? Outcome { get; init; }
        /// <summary>The response as the carer reads it: what was looked at and why the outcome (up to 4,000 characters).</summary>
        public string? Response { get; init; }
        /// <summary>What the council will do differently (up to 2,000 characters); needed when the complaint is upheld or partly upheld.</summary>
        public string? WhatWillChange { get; init; }
        /// <summary>When the response was sent; now if not given.</summary>
        public DateTimeOffset? RespondedAt { get; init; }
    }

    public sealed record Command(Caller Caller, Guid ComplaintId, int ExpectedVersion, Request Body) : ICommand<StepResult>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Outcome).NotNull().WithMessage("Select the outcome");
            RuleFor(x => x.Response).FeedbackText("Enter the response", FeedbackRules.TextMax);
            RuleFor(x => x.WhatWillChange).OptionalFeedbackText(FeedbackRules.WhatWillChangeMax);
            RuleFor(x => x.WhatWillChange).Must(t => !string.IsNullOrWhiteSpace(t))
                .When(x => x.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartlyUpheld)
                .WithMessage("Say what will change, as the complaint is upheld or partly upheld");
            RuleFor(x => x.RespondedAt).Must(at => at is null || at <= clock.GetUtcNow().AddMinutes(5))
                .WithMessage("The date of the response cannot be in the future");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : ICommandHandler<Command, StepResult>
    {
        private const string Sql = """
            UPDATE feedback SET status = 'responded', responded_at = @At, responded_by = @Subject, outcome = @Outcome, response = @Response,
                what_will_change = @WhatWillChange, ombudsman_advice = @Ombudsman, version = version + 1
            WHERE id = @Id AND kind = 'complaint' AND version = @ExpectedVersion AND status = ANY(@From)
            RETURNING id
            """;

        public async ValueTask<StepResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            return await ComplaintSteps.TakeAsync(db, clock, workingDays, command.Caller, nameof(RespondToComplaint), command.ComplaintId,
                command.ExpectedVersion, ["acknowledged"], Sql, new DynamicParameters(new
                {
                    At = (body.RespondedAt ?? clock.GetUtcNow()).UtcDateTime, Outcome = body.Outcome!.Value.Code(), Response = body.Response!.Trim(),
                    WhatWillChange = string.IsNullOrWhiteSpace(body.WhatWillChange) ? null : body.WhatWillChange.Trim(),
                    Ombudsman = FeedbackRules.OmbudsmanAdvice,
                }), cancellationToken);
        }
    }

    /// <remarks>
    /// Records the response sent to the carer (regulation 14): the outcome, the explanation, what will change
    /// (needed unless the complaint is not upheld) and when it was sent (now if not given; never in the
    /// future). The API adds the Ombudsman paragraph (the carer's right to go to the Local Government and
    /// Social Care Ombudsman) and stores it with the response, so the carer reads what they were told. Only
    /// an acknowledged complaint not yet answered.
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
                ? "Acknowledge the complaint first: the 2009 Regulations need it acknowledged before it is answered."
                : "This complaint has already been answered.",
            ("respondedAt", "The date of the response cannot be before the complaint was acknowledged"));
}
