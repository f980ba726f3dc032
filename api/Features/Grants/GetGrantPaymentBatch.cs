using Dapper;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Grants;

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
    /// <remarks>
    /// A payment batch's file again, exactly as it was first exported (CSV).
    /// 404 when there is no such batch.
    /// </remarks>
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
