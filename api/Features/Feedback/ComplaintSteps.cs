using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>What taking a step on a complaint did.</summary>
public abstract record StepResult
{
    public sealed record Taken(ComplaintRecord Complaint, int Version) : StepResult;
    public sealed record NotFound : StepResult;
    public sealed record OutOfOrder(string Status) : StepResult;
    public sealed record Stale : StepResult;
    /// <summary>The database refused the step's dates (say, acknowledged before it was received); <see cref="Constraint"/> names the CHECK.</summary>
    public sealed record DatesRefused(string Constraint) : StepResult;
}

/// <summary>
/// Takes one step of a complaint (acknowledge, agree the response period, respond) with one UPDATE
/// guarded by the status the step needs and the version the caller read, and audits it, in one
/// transaction; shared by the three step operations.
/// </summary>
public static class ComplaintSteps
{
    private const string StateSql = "SELECT status, version FROM feedback WHERE id = @Id AND kind = 'complaint'";

    /// <param name="from">The statuses the step may be taken from; in any other, the step is out of order (409) whatever the ETag.</param>
    /// <param name="updateSql">An UPDATE of feedback WHERE id = @Id AND kind = 'complaint' AND version = @ExpectedVersion AND status = ANY(@From) RETURNING id.</param>
    public static async Task<StepResult> TakeAsync(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, Caller caller, string action,
        Guid id, int expectedVersion, string[] from, string updateSql, DynamicParameters parameters, CancellationToken ct, NoticeKind? notice = null)
    {
        parameters.Add("From", from);
        parameters.Add("Id", id);
        parameters.Add("ExpectedVersion", expectedVersion);
        parameters.Add("Subject", caller.Subject);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        Guid? updated;
        try
        {
            updated = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(updateSql, parameters, transaction, cancellationToken: ct));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName is "feedback_acknowledged" or "feedback_responded")
        {
            return new StepResult.DatesRefused(e.ConstraintName);
        }

        if (updated is null)
        {
            var state = await connection.QuerySingleOrDefaultAsync<(string Status, int Version)?>(new CommandDefinition(StateSql, new { Id = id }, transaction, cancellationToken: ct));
            return state switch
            {
                null => new StepResult.NotFound(),
                { Status: var status } when !from.Contains(status) => new StepResult.OutOfOrder(status),
                _ => new StepResult.Stale(),
            };
        }

        var row = await FeedbackReader.LoadComplaintAsync(connection, transaction, id, ct);
        await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, action, FeedbackReader.RecordType, id.ToString(), AuditOutcome.Success, CarerId: row?.CarerId), ct);
        if (notice is { } kind && row is not null)
        {
            await CarerNotices.QueueAsync(connection, transaction, row.CarerId, kind, $"complaint:{id}", NoticeValues.None, ct);
        }

        await transaction.CommitAsync(ct);
        return new StepResult.Taken(FeedbackReader.ToRecord(row!, FeedbackRules.Today(clock), workingDays), row!.Version);
    }

    /// <summary>Reads If-Match (none: 428; not one of ours: 412), takes the step at that version and answers with the complaint and its new ETag.</summary>
    /// <param name="datesRefused">The field and message for a date the database refused.</param>
    public static async Task<Results<Ok<ComplaintRecord>, ValidationProblem, ProblemHttpResult>> RespondAsync(
        HttpRequest request, HttpResponse response, Func<int, ValueTask<StepResult>> take, Func<string, string> outOfOrder,
        (string Field, string Message)? datesRefused = null)
    {
        var expected = request.ExpectedVersion();
        switch (await take(expected))
        {
            case StepResult.Taken taken:
                ETags.Set(response, taken.Version);
                return TypedResults.Ok(taken.Complaint);
            case StepResult.OutOfOrder wrong:
                return FeedbackProblems.OutOfOrder(outOfOrder(wrong.Status));
            case StepResult.Stale:
                return ETags.Stale("complaint");
            case StepResult.DatesRefused when datesRefused is { } refused:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field] = [refused.Message] },
                    title: "Some of the information is missing or not valid.");
            default:
                return FeedbackProblems.NotFound();
        }
    }
}
