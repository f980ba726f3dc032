using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// The shared shape of an officer's status change: the application locked and its version compared with the one
/// the officer read (If-Match), one guarded statement, an audit row, the grant read back with its new ETag.
/// </summary>
public sealed class GrantChange(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options)
{
    public abstract record Outcome
    {
        public sealed record Changed(GrantApplication Grant) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record WrongStatus(GrantStatus Status) : Outcome;
        public sealed record Stale : Outcome;

        public Results<Ok<GrantApplication>, ProblemHttpResult> ToResult(string wrongStatusTitle, HttpResponse response) => this switch
        {
            Changed changed => Ok(changed.Grant, response),
            Stale => ETags.Stale("grant application"),
            WrongStatus wrong => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: wrongStatusTitle, detail: $"This one is {wrong.Status.Code()}."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such grant application."),
        };

        /// <summary>The grant as changed, with its new ETag.</summary>
        public static Ok<GrantApplication> Ok(GrantApplication grant, HttpResponse response)
        {
            response.Headers.ETag = grant.ETag;
            return TypedResults.Ok(grant);
        }
    }

    private const string LockSql = "SELECT version FROM grant_application WHERE id = @GrantId AND source = 'platform' FOR UPDATE";

    /// <summary>
    /// Locks the application at the version read, runs <paramref name="guardedSql"/> (which returns the id when the change
    /// applied), audits it, and with <paramref name="notice"/> tells the carer (decision 0037), all in one transaction.
    /// </summary>
    public async ValueTask<Outcome> RunAsync(Caller caller, Guid grantId, int expectedVersion, string action, string guardedSql, object parameters,
        CancellationToken cancellationToken, NoticeKind? notice = null)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(LockSql, new { GrantId = grantId }, transaction, cancellationToken: cancellationToken));
        if (version is null) return new Outcome.NotFound();
        if (version != expectedVersion) return new Outcome.Stale();
        var changed = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(guardedSql, parameters, transaction, cancellationToken: cancellationToken));
        var current = await GrantReader.LoadAsync(connection, transaction, grantId, today, workingDays, options.Value.PaymentDueWorkingDays, cancellationToken);
        if (current is null) return new Outcome.NotFound();
        if (changed is null) return new Outcome.WrongStatus(current.Value.Grant.Status);
        await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, action, "grantApplication", grantId.ToString(), AuditOutcome.Success, CarerId: current.Value.Grant.CarerId), cancellationToken);
        if (notice is { } kind)
        {
            var grant = current.Value.Grant;
            await CarerNotices.QueueAsync(connection, transaction, grant.CarerId, kind, $"grant:{grantId}",
                new NoticeValues { AmountPence = grant.AmountPence, Reasons = grant.DeclineReason }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Changed(current.Value.Grant);
    }
}
