using System.Globalization;
using System.Security.Claims;
using System.Text;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using CsvHelper;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>The payment file for finance: approved, unpaid grants, one row each, written with CsvHelper.</summary>
public static class GrantPaymentFile
{
    public const string BatchSql = """
        SELECT g.payment_batch, g.id, c.given_name || ' ' || c.family_name AS payee, c.postcode, g.amount_pence, g.purpose, g.approved_on
        FROM grant_application g JOIN carer c ON c.id = g.carer_id WHERE g.payment_batch = @Batch ORDER BY g.approved_on, g.id
        """;

    public sealed record Line
    {
        public string PaymentBatch { get; init; } = "";
        public Guid Id { get; init; }
        public string Payee { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int AmountPence { get; init; }
        public string Purpose { get; init; } = "";
        public DateOnly ApprovedOn { get; init; }
    }

    public static string Write(IEnumerable<Line> lines)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "batch_reference", "grant_id", "payee_name", "payee_postcode", "amount_pence", "amount_pounds", "purpose", "approved_on" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var line in lines)
        {
            csv.WriteField(line.PaymentBatch);
            csv.WriteField(line.Id);
            csv.WriteField(line.Payee);
            csv.WriteField(line.Postcode);
            csv.WriteField(line.AmountPence);
            csv.WriteField((line.AmountPence / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(line.Purpose);
            csv.WriteField(line.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }

        csv.Flush();
        return writer.ToString();
    }

    public static IResult Csv(string batch, string content) =>
        TypedResults.File(Encoding.UTF8.GetBytes(content), "text/csv", $"grant-payments-{batch}.csv");
}

/// <summary>
/// A grants officer exports the approved, unpaid grants not yet sent to finance: they get a batch
/// reference and are marked sent. The answer is the CSV; GetGrantPaymentBatch gives the same file again.
/// </summary>
public static class ExportGrantPayments
{
    public sealed record Command(Caller Caller) : ICommand<(string Batch, string Csv)?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, (string Batch, string Csv)?>
    {
        private const string MarkSql = """
            UPDATE grant_application SET payment_batch = @Batch
            WHERE id IN (SELECT id FROM grant_application WHERE status = 'approved' AND payment_batch IS NULL ORDER BY approved_on, id FOR UPDATE)
            """;

        public async ValueTask<(string Batch, string Csv)?> Handle(Command command, CancellationToken cancellationToken)
        {
            var batch = $"LCG-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Random.Shared.Next(1000, 9999)}";
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var marked = await connection.ExecuteAsync(new CommandDefinition(MarkSql, new { Batch = batch }, transaction, cancellationToken: cancellationToken));
            if (marked == 0) return null;
            var lines = await connection.QueryAsync<GrantPaymentFile.Line>(new CommandDefinition(GrantPaymentFile.BatchSql, new { Batch = batch }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(AuditLog.InsertSql, AuditLog.Parameters(new AuditEntry(command.Caller, nameof(ExportGrantPayments),
                "grantPaymentBatch", batch, AuditOutcome.Success, $"{marked} grants")), transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return (batch, GrantPaymentFile.Write(lines));
        }
    }

    public static async Task<IResult> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user)), cancellationToken) is { } file
            ? GrantPaymentFile.Csv(file.Batch, file.Csv)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "There are no approved grants waiting to be sent to finance.");
}

/// <summary>A payment batch's file again, exactly as it was first exported.</summary>
public static class GetGrantPaymentBatch
{
    public sealed record Query(string Batch) : IQuery<string?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var lines = (await connection.QueryAsync<GrantPaymentFile.Line>(new CommandDefinition(GrantPaymentFile.BatchSql, new { query.Batch }, cancellationToken: cancellationToken))).ToList();
            return lines.Count == 0 ? null : GrantPaymentFile.Write(lines);
        }
    }

    /// <param name="batch">The batch reference, like LCG-20260122-101500-1234.</param>
    public static async Task<IResult> Endpoint([System.ComponentModel.DataAnnotations.MaxLength(40)] string batch, IMediator mediator, CancellationToken cancellationToken)
    {
        if (batch.Length > 40 || !batch.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such payment batch.");
        }

        return await mediator.Send(new Query(batch), cancellationToken) is { } csv
            ? GrantPaymentFile.Csv(batch, csv)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such payment batch.");
    }
}
