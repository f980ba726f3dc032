using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Grants;

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
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(ExportGrantPayments),
                "grantPaymentBatch", batch, AuditOutcome.Success, $"{marked} grants"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (batch, GrantPaymentFile.Write(lines));
        }
    }

    /// <remarks>
    /// A grants officer exports the approved grants not yet paid nor sent to finance: they get one batch reference and are
    /// marked sent, and the answer is the payment file (CSV: a header line, then one line a grant). GetGrantPaymentBatch gives
    /// the same file again. 409 when there is nothing waiting to be sent.
    /// </remarks>
    public static async Task<IResult> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user)), cancellationToken) is { } file
            ? GrantPaymentFile.Csv(file.Batch, file.Csv)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "There are no approved grants waiting to be sent to finance.");
}
