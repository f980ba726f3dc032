using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>
/// A manager retires a service: it leaves the public list and reading it answers 404. The row is
/// kept (with who retired it and when), so the audit log's references stay meaningful. Needs
/// If-Match (the ETag of GetDirectoryService): none is 428, stale 412.
/// </summary>
public static class RetireDirectoryService
{
    public sealed record Command(Caller Caller, Guid ServiceId, int ExpectedVersion) : ICommand<Outcome>;

    public enum Outcome { Retired, NotFound, Stale }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = "SELECT version FROM directory_service WHERE id = @ServiceId AND retired_at IS NULL FOR UPDATE";

        private const string Sql = """
            UPDATE directory_service SET retired_at = now(), retired_by = @Subject, version = version + 1, updated_at = now()
            WHERE id = @ServiceId
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var version = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(LockSql, new { command.ServiceId }, transaction, cancellationToken: cancellationToken));
            if (version is null) return Outcome.NotFound;
            if (version != command.ExpectedVersion) return Outcome.Stale;
            await connection.ExecuteAsync(new CommandDefinition(Sql, new { command.Caller.Subject, command.ServiceId }, transaction, cancellationToken: cancellationToken));

            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(
                command.Caller, nameof(RetireDirectoryService), DirectoryReader.RecordType, command.ServiceId.ToString(), AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Retired;
        }
    }

    /// <remarks>
    /// Retires a service: it leaves the public list and reading it answers 404. Its record is kept, with who
    /// retired it and when, so the audit log's references stay meaningful. Answers 204.
    ///
    /// Concurrency: send `If-Match` with the `ETag` of the service as you read it (GetDirectoryService).
    ///
    /// - 404: no such service, or it was retired already.
    /// - 412: the service changed since you read it: read it again.
    /// - 428: `If-Match` is missing.
    /// </remarks>
    public static async Task<Results<NoContent, ProblemHttpResult>> Endpoint(
        Guid serviceId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), serviceId, request.ExpectedVersion()), cancellationToken) switch
        {
            Outcome.Retired => TypedResults.NoContent(),
            Outcome.Stale => ETags.Stale("service"),
            _ => DirectoryProblems.NotFound(),
        };
}
