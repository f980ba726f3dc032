using System.Security.Claims;
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
/// them apart. A merge moves everything (people cared for, consents, referrals, support, GP
/// flags) to the kept record; the other stays, closed, pointing at it, so both histories remain.
/// </summary>
public static class ResolveMatchCandidate
{
    public enum Decision { Merge, KeepApart }

    public sealed record Request
    {
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
        // The pair's two records are locked before their sign-ins are counted: two claims on one record decided at once
        // would otherwise both count one sign-in, and the second would merge a signer's record into one that is no longer free.
        private const string LockSql = """
            SELECT m.status, m.carer_id, m.candidate_id FROM match_candidate m WHERE m.id = @CandidateId FOR UPDATE;
            """;

        private const string SignInsSql = """
            SELECT count(account_subject) FROM (
                SELECT account_subject FROM carer WHERE id IN (@CarerId, @CandidateId) ORDER BY id FOR UPDATE) pair
            """;

        // Consents in force on both records: the kept record's stands, the other's is closed.
        private const string MergeSql = """
            SELECT id FROM carer WHERE id IN (@Keep, @Drop) ORDER BY id FOR UPDATE;
            UPDATE consent d SET withdrawn_at = now(), withdrawn_on = current_date, withdrawn_by = 'merge:' || @Subject
            WHERE d.carer_id = @Drop AND d.withdrawn_at IS NULL
              AND EXISTS (SELECT 1 FROM consent k WHERE k.carer_id = @Keep AND k.purpose = d.purpose AND k.withdrawn_at IS NULL);
            UPDATE consent SET carer_id = @Keep WHERE carer_id = @Drop;
            UPDATE caring_relationship SET carer_id = @Keep WHERE carer_id = @Drop;
            UPDATE partner_referral SET carer_id = @Keep WHERE carer_id = @Drop;
            UPDATE partner_support SET carer_id = @Keep WHERE carer_id = @Drop;
            UPDATE gp_flag SET carer_id = @Keep WHERE carer_id = @Drop;
            UPDATE carer k SET
                account_subject = COALESCE(k.account_subject, @DropSubject),
                nhs_number = COALESCE(k.nhs_number, @DropNhs),
                identified_at = LEAST(k.identified_at, d.identified_at),
                version = k.version + 1, updated_at = now()
            FROM (SELECT identified_at FROM carer WHERE id = @Drop) d
            WHERE k.id = @Keep;
            """;

        // The dropped record gives up its unique sign-in and NHS number first, then is closed.
        private const string CloseDroppedSql = """
            UPDATE carer SET account_subject = NULL, nhs_number = NULL, merged_into = @Keep, closed_at = now(), version = version + 1, updated_at = now()
            WHERE id = @Drop
            """;

        private const string ResolveSql = """
            UPDATE match_candidate SET status = @Status, resolved_at = now(), resolved_by = @Subject WHERE id = @CandidateId;
            INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
            VALUES (@Subject, @Role, 'ResolveMatchCandidate', 'carer', @Keep::text, 'success', @Status || ' ' || @CandidateId::text);
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var pair = await connection.QuerySingleOrDefaultAsync<(string Status, Guid CarerId, Guid CandidateId)?>(
                new CommandDefinition(LockSql, new { command.CandidateId }, transaction, cancellationToken: cancellationToken));
            if (pair is null) return new Outcome.NotFound();
            if (pair.Value.Status != "open") return new Outcome.AlreadyResolved();
            var signIns = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SignInsSql,
                new { pair.Value.CarerId, pair.Value.CandidateId }, transaction, cancellationToken: cancellationToken));

            var keep = command.Body.Keep ?? pair.Value.CarerId;
            if (command.Body.Decision == Decision.Merge)
            {
                if (keep != pair.Value.CarerId && keep != pair.Value.CandidateId) return new Outcome.KeepNotInPair();
                if (signIns > 1) return new Outcome.BothSignIn();
                var drop = keep == pair.Value.CarerId ? pair.Value.CandidateId : pair.Value.CarerId;
                // Free the dropped record's unique values before the kept record takes them over.
                var taken = await connection.QuerySingleAsync<(string? AccountSubject, string? NhsNumber)>(new CommandDefinition(
                    "SELECT account_subject, nhs_number FROM carer WHERE id = @Drop", new { Drop = drop }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(CloseDroppedSql, new { Keep = keep, Drop = drop }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(MergeSql,
                    new { Keep = keep, Drop = drop, command.Caller.Subject, DropSubject = taken.AccountSubject, DropNhs = taken.NhsNumber },
                    transaction, cancellationToken: cancellationToken));
            }

            await connection.ExecuteAsync(new CommandDefinition(ResolveSql, new
            {
                command.CandidateId,
                Status = command.Body.Decision == Decision.Merge ? "merged" : "keptApart",
                command.Caller.Subject,
                command.Caller.Role,
                Keep = keep,
            }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Resolved();
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Endpoint(
        Guid candidateId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), candidateId, body), cancellationToken);
        return outcome switch
        {
            Outcome.Resolved => TypedResults.NoContent(),
            Outcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such match to decide."),
            Outcome.AlreadyResolved => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone has already decided this match."),
            Outcome.BothSignIn => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Both records have their own sign-in.",
                detail: "Two accounts cannot share one record. Keep them apart and ask the carer which account to use."),
            _ => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["keep"] = ["Choose one of the two records in this match"] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." }),
        };
    }
}
