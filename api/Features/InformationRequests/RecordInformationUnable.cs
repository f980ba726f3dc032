using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>
/// Staff record that they could not provide the information, with a reason the carer reads.
/// Needs If-Match (the queue item's eTag): none is 428, a stale one 412; a closed request 409.
/// </summary>
public static class RecordInformationUnable
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Reason = "We cannot make a British Sign Language video of this leaflet; an interpreter can go through it with you at a visit instead." };

        /// <summary>Why, written for the carer: they read it as it is.</summary>
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid RequestId, int ExpectedVersion, Request Body) : ICommand<OutcomeResult>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Tell the carer why")
                .MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("This must be 1,000 characters or fewer, without < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, OutcomeResult>
    {
        private const string Sql = """
            UPDATE information_request SET status = 'unable', unable_reason = @Reason, closed_at = @Now, closed_by = @Subject, version = version + 1
            WHERE id = @Id AND version = @ExpectedVersion AND status = 'requested'
            RETURNING id
            """;

        public async ValueTask<OutcomeResult> Handle(Command command, CancellationToken cancellationToken) =>
            await InformationOutcomes.CloseAsync(db, command.Caller, nameof(RecordInformationUnable), command.RequestId, command.ExpectedVersion, Sql,
                new DynamicParameters(new { Reason = command.Body.Reason!.Trim(), Now = clock.GetUtcNow().UtcDateTime }), cancellationToken);
    }

    /// <remarks>
    /// Staff record that they could not provide the information, with a reason the carer reads.
    ///
    /// - Needs `If-Match` with the queue item's `eTag`: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 400 (validation): the reason is missing or not valid. 404 (not-found): there is no such request. 409 (conflict): the request is
    ///   already closed.
    /// </remarks>
    public static async Task<Results<Ok<InformationRequest>, ProblemHttpResult>> Endpoint(
        Guid requestId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await InformationOutcomes.RespondAsync(request, response,
            version => mediator.Send(new Command(Caller.From(user), requestId, version, body), cancellationToken));
}
