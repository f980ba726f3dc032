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
/// kept (with who retired it and when), so the audit log's references stay meaningful.
/// </summary>
public static class RetireDirectoryService
{
    public sealed record Command(Caller Caller, Guid ServiceId) : ICommand<bool>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, bool>
    {
        private const string Sql = """
            UPDATE directory_service SET retired_at = now(), retired_by = @Subject, version = version + 1, updated_at = now()
            WHERE id = @ServiceId AND retired_at IS NULL
            """;

        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var retired = await connection.ExecuteAsync(new CommandDefinition(Sql,
                new { command.Caller.Subject, command.ServiceId }, transaction, cancellationToken: cancellationToken));
            if (retired == 0) return false;

            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(
                command.Caller, nameof(RetireDirectoryService), DirectoryReader.RecordType, command.ServiceId.ToString(), AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Endpoint(Guid serviceId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), serviceId), cancellationToken)
            ? TypedResults.NoContent()
            : DirectoryProblems.NotFound();
}
