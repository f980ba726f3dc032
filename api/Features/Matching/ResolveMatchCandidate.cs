using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Matching;

/// <summary>
/// A person decides a probable match: merge the two records into the one they keep, or keep
/// them apart. A merge moves everything the carer holds to the kept record (<see cref="CarerMerge"/>)
/// in one transaction, with one audit event counting what moved; the other record stays, closed,
/// pointing at it, so both histories remain.
/// </summary>
public static class ResolveMatchCandidate
{
    public enum Decision { Merge, KeepApart }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Decision = ResolveMatchCandidate.Decision.Merge, Keep = Examples.CarerId };

        public Decision? Decision { get; init; }
        /// <summary>For a merge: the id of the record to keep (one of the pair).</summary>
        public Guid? Keep { get; init; }
    }

    public sealed record Command(Caller Caller, Guid CandidateId, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Resolved : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyResolved : Outcome;
        public sealed record KeepNotInPair : Outcome;
        public sealed record BothSignIn : Outcome;
        public sealed record Changed : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Decision).NotNull().WithMessage("Choose merge or keep apart");
            RuleFor(x => x.Keep).NotNull().When(x => x.Decision == ResolveMatchCandidate.Decision.Merge).WithMessage("Choose the record to keep");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string PairSql = "SELECT status, carer_id, candidate_id FROM match_candidate WHERE id = @CandidateId";

        // Locks are taken in one order, the two carers by id and then the match, so two decisions
        // touching the same record queue behind each other instead of deadlocking; a merge moves the
        // other open matches naming the record it closes, which is why the match is read again.
        private const string LockSql = """
            SELECT id, merged_into IS NOT NULL AS merged, account_subject IS NOT NULL AS has_sign_in
            FROM carer WHERE id IN (@CarerId, @CandidateId) ORDER BY id FOR UPDATE;
            SELECT status, carer_id, candidate_id FROM match_candidate WHERE id = @Id FOR UPDATE;
            """;

        private const string ResolveSql = """
            UPDATE match_candidate SET status = @Status, resolved_at = now(), resolved_by = @Subject WHERE id = @CandidateId
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var seen = await connection.QuerySingleOrDefaultAsync<Pair?>(
                new CommandDefinition(PairSql, new { command.CandidateId }, transaction, cancellationToken: cancellationToken));
            if (seen is null) return new Outcome.NotFound();
            if (seen.Status != "open") return new Outcome.AlreadyResolved();
            var merge = command.Body.Decision == Decision.Merge;
            var keep = command.Body.Keep ?? seen.CarerId;
            if (merge && keep != seen.CarerId && keep != seen.CandidateId) return new Outcome.KeepNotInPair();

            await using (var locked = await connection.QueryMultipleAsync(new CommandDefinition(LockSql,
                new { seen.CarerId, seen.CandidateId, Id = command.CandidateId }, transaction, cancellationToken: cancellationToken)))
            {
                var carers = (await locked.ReadAsync<(Guid Id, bool Merged, bool HasSignIn)>()).ToList();
                var now = await locked.ReadSingleAsync<Pair>();
                if (now.Status != "open") return new Outcome.AlreadyResolved();
                if (now.CarerId != seen.CarerId || now.CandidateId != seen.CandidateId || carers.Any(c => c.Merged)) return new Outcome.Changed();
                if (merge && carers.Count(c => c.HasSignIn) > 1) return new Outcome.BothSignIn();
            }

            var status = merge ? "merged" : "keptApart";
            await connection.ExecuteAsync(new CommandDefinition(ResolveSql, new { command.CandidateId, Status = status, command.Caller.Subject },
                transaction, cancellationToken: cancellationToken));
            var reason = $"{status} match {command.CandidateId}";
            if (merge)
            {
                var drop = keep == seen.CarerId ? seen.CandidateId : seen.CarerId;
                var moved = await CarerMerge.MergeAsync(connection, transaction, keep, drop, command.Caller.Subject, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(PartnerEvents.CarerUpdatedSql, new { CarerId = keep }, transaction, cancellationToken: cancellationToken));
                // Ids and counts only: no personal data in the audit reason.
                reason = $"{reason}: merged {drop} into {keep}; moved " + string.Join(", ", moved.Select(m => $"{m.Key} {m.Value}"));
            }

            // One row, about the kept record: after a merge it holds both records' history (and the dropped record's
            // audit rows show on it through merged_into); the reason names both ids (decision 0025).
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(
                command.Caller, nameof(ResolveMatchCandidate), "carer", keep.ToString(), AuditOutcome.Success, reason, keep), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Resolved();
        }

        private sealed record Pair
        {
            public string Status { get; init; } = "";
            public Guid CarerId { get; init; }
            public Guid CandidateId { get; init; }
        }
    }

    /// <remarks>
    /// Staff decide a probable match: merge the two records into the one they keep, or keep them apart. A merge moves everything the
    /// carer holds to the kept record in one transaction, with one audit event counting what moved; the other record stays, closed,
    /// pointing at the kept one, so both histories remain. Answers 204.
    ///
    /// - 400 (validation): `keep` is not one of the two records in this match.
    /// - 404 (not-found): there is no such match.
    /// - 409 (conflict): someone has already decided it, one of the records changed since it was queued (read the queue again), or both
    ///   records have their own sign-in and cannot be merged.
    /// </remarks>
    public static async Task<Results<NoContent, ProblemHttpResult>> Endpoint(
        Guid candidateId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), candidateId, body), cancellationToken);
        return outcome switch
        {
            Outcome.Resolved => TypedResults.NoContent(),
            Outcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such match to decide."),
            Outcome.AlreadyResolved => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone has already decided this match."),
            Outcome.Changed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This match has changed.",
                detail: "One of the two records was merged with another while you decided. Look at the match again."),
            Outcome.BothSignIn => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Both records have their own sign-in.",
                detail: "Two accounts cannot share one record. Keep them apart and ask the carer which account to use."),
            _ => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["keep"] = ["Choose one of the two records in this match"] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." }),
        };
    }
}
