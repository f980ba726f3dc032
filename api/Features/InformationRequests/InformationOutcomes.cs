using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>What recording an outcome (sent or unable) did.</summary>
public abstract record OutcomeResult
{
    public sealed record Recorded(InformationRequest Request, int Version) : OutcomeResult;
    public sealed record NotFound : OutcomeResult;
    public sealed record Closed : OutcomeResult;
    public sealed record Stale : OutcomeResult;
}

/// <summary>Closes an open request with one UPDATE guarded by its status and version, and audits it; shared by the two outcome operations.</summary>
public static class InformationOutcomes
{
    private const string StateSql = "SELECT status, version FROM information_request WHERE id = @Id";

    /// <param name="updateSql">An UPDATE of information_request WHERE id = @Id AND version = @ExpectedVersion AND status = 'requested' RETURNING id.</param>
    public static async Task<OutcomeResult> CloseAsync(NpgsqlDataSource db, Caller caller, string action, Guid id, int expectedVersion,
        string updateSql, DynamicParameters parameters, CancellationToken ct)
    {
        parameters.Add("Id", id);
        parameters.Add("ExpectedVersion", expectedVersion);
        parameters.Add("Subject", caller.Subject);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var updated = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(updateSql, parameters, transaction, cancellationToken: ct));
        if (updated is null)
        {
            var state = await connection.QuerySingleOrDefaultAsync<(string Status, int Version)?>(new CommandDefinition(StateSql, new { Id = id }, transaction, cancellationToken: ct));
            return state switch
            {
                null => new OutcomeResult.NotFound(),
                { Status: not "requested" } => new OutcomeResult.Closed(),
                _ => new OutcomeResult.Stale(),
            };
        }

        var row = await InformationRequestReader.LoadAsync(connection, transaction, id, ct);
        await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, action, InformationRequestReader.RecordType, id.ToString(), AuditOutcome.Success, CarerId: row?.CarerId), ct);
        await transaction.CommitAsync(ct);
        return new OutcomeResult.Recorded(InformationRequestReader.ToRequest(row!), row!.Version);
    }

    /// <summary>Reads If-Match (none: 428; not one of ours: 412), records the outcome at that version and answers with the request and its new ETag.</summary>
    public static async Task<Results<Ok<InformationRequest>, ProblemHttpResult>> RespondAsync(
        HttpRequest request, HttpResponse response, Func<int, ValueTask<OutcomeResult>> record)
    {
        var expected = request.ExpectedVersion();
        switch (await record(expected))
        {
            case OutcomeResult.Recorded recorded:
                ETags.Set(response, recorded.Version);
                return TypedResults.Ok(recorded.Request);
            case OutcomeResult.Closed:
                return InformationProblems.Closed();
            case OutcomeResult.Stale:
                return ETags.Stale("request");
            default:
                return InformationProblems.NotFound();
        }
    }
}
