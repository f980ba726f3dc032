using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer declines a submitted application, with the reason the carer will read.</summary>
public static class DeclineGrant
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Reason = "Driving lessons are paid for by the Access to Work grant Amina already has." };

        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, int ExpectedVersion, Request Body) : ICommand<GrantChange.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give the reason; the carer will read it")
            .MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(GrantChange change) : ICommandHandler<Command, GrantChange.Outcome>
    {
        private const string Sql = """
            UPDATE grant_application SET status = 'declined', decided_at = now(), decided_by = @Subject, decline_reason = @Reason, version = version + 1
            WHERE id = @GrantId AND status = 'submitted' RETURNING id
            """;

        public ValueTask<GrantChange.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            change.RunAsync(command.Caller, command.GrantId, command.ExpectedVersion, nameof(DeclineGrant), Sql, new { command.GrantId, command.Caller.Subject, Reason = command.Body.Reason!.Trim() }, cancellationToken,
                NoticeKind.GrantDeclined);
    }

    /// <remarks>
    /// A grants officer declines a submitted application, with the reason the carer will read.
    ///
    /// - Send the application's ETag (from the list, the application or the last change) as `If-Match`: without it 428, stale 412 (another officer changed it: read it again); the answer carries the new ETag.
    /// - 404: no such application.
    /// - 409: the application is not submitted (the problem says what it is).
    /// - 400: the reason is missing.
    /// </remarks>
    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId, request.ExpectedVersion(), body), ct)).ToResult("Only a submitted application can be declined.", response);
}
