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
/// Staff record that the information was sent: how, and when (now if not given; never in the
/// future). Needs If-Match (the queue item's eTag): none is 428, a stale one 412; a closed request 409.
/// </summary>
public static class RecordInformationSent
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Method = InformationSentMethod.Post, SentAt = new DateTimeOffset(2026, 3, 23, 15, 10, 0, TimeSpan.Zero) };

        public InformationSentMethod? Method { get; init; }
        /// <summary>When it was sent or collected; now if not given.</summary>
        public DateTimeOffset? SentAt { get; init; }
    }

    public sealed record Command(Caller Caller, Guid RequestId, int ExpectedVersion, Request Body) : ICommand<OutcomeResult>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Method).NotNull().WithMessage("Select how it was sent");
            RuleFor(x => x.SentAt).Must(at => at is null || at <= clock.GetUtcNow().AddMinutes(5)).WithMessage("The time it was sent cannot be in the future");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, OutcomeResult>
    {
        private const string Sql = """
            UPDATE information_request SET status = 'sent', sent_method = @Method, sent_at = @SentAt, closed_at = @Now, closed_by = @Subject,
                version = version + 1
            WHERE id = @Id AND version = @ExpectedVersion AND status = 'requested'
            RETURNING id
            """;

        public async ValueTask<OutcomeResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var parameters = new DynamicParameters(new
            {
                Method = command.Body.Method!.Value.Code(), SentAt = (command.Body.SentAt ?? now).UtcDateTime, Now = now.UtcDateTime,
            });
            return await InformationOutcomes.CloseAsync(db, command.Caller, nameof(RecordInformationSent), command.RequestId, command.ExpectedVersion,
                Sql, parameters, cancellationToken);
        }
    }

    /// <remarks>
    /// Staff record that the information was sent: how, and when (now if not given; never in the future). The carer sees it on their
    /// request.
    ///
    /// - Needs `If-Match` with the queue item's `eTag`: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 400 (validation): a field is missing or not valid. 404 (not-found): there is no such request. 409 (conflict): the request is
    ///   already closed.
    /// </remarks>
    public static async Task<Results<Ok<InformationRequest>, ProblemHttpResult>> Endpoint(
        Guid requestId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await InformationOutcomes.RespondAsync(request, response,
            version => mediator.Send(new Command(Caller.From(user), requestId, version, body), cancellationToken));
}
