using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// The data protection team closes a request: the export was sent (on which date), or the request was
/// refused (with the reason the requester is told, e.g. identity could not be confirmed). Needs If-Match:
/// none is 428, a stale one 412; a closed request 409.
/// </summary>
public static class CompleteSubjectAccessRequest
{
    public enum Completion { Sent, Refused }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Outcome = Completion.Sent, SentOn = new DateOnly(2026, 3, 27), RefusalReason = null };

        public Completion? Outcome { get; init; }
        /// <summary>When the export was sent (for sent); today if not given.</summary>
        public DateOnly? SentOn { get; init; }
        /// <summary>Why the request was refused (for refused).</summary>
        [MaxLength(1000)] public string? RefusalReason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid RequestId, int ExpectedVersion, Request Body) : ICommand<Result>;

    public abstract record Result
    {
        public sealed record Done(SubjectAccessRequest Request) : Result;
        public sealed record NotFound : Result;
        public sealed record Closed : Result;
        public sealed record Stale : Result;
        public sealed record SentBeforeReceived : Result;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Outcome).NotNull().WithMessage("Select whether the data was sent or the request refused");
            RuleFor(x => x.SentOn).Null().When(x => x.Outcome == Completion.Refused).WithMessage("Leave out the date sent when refusing");
            RuleFor(x => x.SentOn).Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date))
                .WithMessage("The date sent cannot be in the future");
            RuleFor(x => x.RefusalReason).NotEmpty().When(x => x.Outcome == Completion.Refused).WithMessage("Enter why the request is refused");
            RuleFor(x => x.RefusalReason).Empty().When(x => x.Outcome == Completion.Sent).WithMessage("Leave out the reason when the data was sent");
            RuleFor(x => x.RefusalReason).MaximumLength(1000).WithMessage("The reason must be 1000 characters or fewer")
                .Matches(TextRules.FreeTextPattern).WithMessage("The reason must not include < or >");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        private const string LockSql = "SELECT status, version, received_on, carer_id FROM subject_access_request WHERE id = @Id FOR UPDATE";

        private const string UpdateSql = """
            UPDATE subject_access_request SET status = @Status, sent_on = @SentOn, refusal_reason = @RefusalReason,
                closed_at = now(), closed_by = @Subject, version = version + 1
            WHERE id = @Id
            """;

        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var state = await connection.QuerySingleOrDefaultAsync<(string Status, int Version, DateOnly ReceivedOn, Guid CarerId)?>(
                new CommandDefinition(LockSql, new { Id = command.RequestId }, transaction, cancellationToken: cancellationToken));
            if (state is not { } s) return new Result.NotFound();
            if (s.Status != "received") return new Result.Closed();
            if (s.Version != command.ExpectedVersion) return new Result.Stale();
            var sent = command.Body.Outcome == Completion.Sent;
            var sentOn = sent ? command.Body.SentOn ?? today : (DateOnly?)null;
            if (sentOn < s.ReceivedOn) return new Result.SentBeforeReceived();

            await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
            {
                Id = command.RequestId,
                Status = sent ? SubjectAccessStatus.Sent.Code() : SubjectAccessStatus.Refused.Code(),
                SentOn = sentOn,
                RefusalReason = sent ? null : command.Body.RefusalReason!.Trim(),
                command.Caller.Subject,
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller,
                nameof(CompleteSubjectAccessRequest), SubjectAccessRequests.RecordType, command.RequestId.ToString(), AuditOutcome.Success,
                sent ? "sent" : "refused", s.CarerId, AccessReason.DataProtectionRequest), cancellationToken);
            var row = await SubjectAccessRequests.LoadAsync(connection, transaction, command.RequestId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result.Done(SubjectAccessRequests.ToRequest(row!, today));
        }
    }

    /// <remarks>
    /// The data-protection team closes a subject access request: the export was sent (on which date), or the request was refused, with
    /// the reason the requester is told (for example, their identity could not be confirmed).
    ///
    /// - Needs `If-Match` with the `ETag` you last read: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 400 (validation): a field is missing or not valid, such as a date sent before the date received.
    /// - 404 (not-found): there is no such request. 409 (conflict): the request is already closed.
    /// </remarks>
    public static async Task<Results<Ok<SubjectAccessRequest>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Guid requestId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var expected = request.ExpectedVersion();
        switch (await mediator.Send(new Command(Caller.From(user), requestId, expected, body), cancellationToken))
        {
            case Result.Done done:
                response.Headers.ETag = done.Request.ETag;
                return TypedResults.Ok(done.Request);
            case Result.Closed:
                return SubjectAccessProblems.Closed();
            case Result.Stale:
                return ETags.Stale("request");
            case Result.SentBeforeReceived:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sentOn"] = ["The date sent cannot be before the date received"] },
                    title: "Some of the information is missing or not valid.");
            default:
                return SubjectAccessProblems.NotFound();
        }
    }
}
