using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>
/// A manager changes a live service: every field and its opening hours, replaced as a whole.
/// Needs If-Match: none is 428, a stale one 412.
/// </summary>
public static class ChangeDirectoryService
{
    public sealed record Command(Caller Caller, Guid ServiceId, int ExpectedVersion, DirectoryServiceDetails Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Changed(DirectoryService Service, int Version) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Stale : Outcome;
        public sealed record NameTaken : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string UpdateSql = """
            UPDATE directory_service SET name = @Name, summary = @Summary, audiences = @Audiences, needs = @Needs, phone = @Phone,
                website = @Website, email = @Email, address_line1 = @AddressLine1, address_line2 = @AddressLine2, town = @Town,
                postcode = @Postcode, languages = @Languages, version = version + 1, updated_at = now()
            WHERE id = @ServiceId AND retired_at IS NULL AND version = @ExpectedVersion
            RETURNING id
            """;

        private const string LiveSql = "SELECT EXISTS (SELECT 1 FROM directory_service WHERE id = @ServiceId AND retired_at IS NULL)";

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = DirectoryReader.Parameters(command.Body);
            parameters.Add("ServiceId", command.ServiceId);
            parameters.Add("ExpectedVersion", command.ExpectedVersion);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Guid? id;
            try
            {
                id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == DirectoryProblems.NameKey)
            {
                return new Outcome.NameTaken();
            }

            if (id is null)
            {
                var live = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(LiveSql, parameters, transaction, cancellationToken: cancellationToken));
                return live ? new Outcome.Stale() : new Outcome.NotFound();
            }

            await connection.ExecuteAsync(new CommandDefinition(DirectoryReader.ReplaceSlotsSql, parameters, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(ChangeDirectoryService), DirectoryReader.RecordType, command.ServiceId.ToString(), AuditOutcome.Success), cancellationToken);
            var changed = await DirectoryReader.LoadAsync(connection, transaction, command.ServiceId, OpeningRules.LondonNow(clock), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Changed(changed!.Value.Service, changed.Value.Version);
        }
    }

    /// <remarks>
    /// Changes a live service: every field and its opening hours are replaced as a whole by what is sent
    /// (send the whole service, as read, with your changes).
    ///
    /// Concurrency: send `If-Match` with the `ETag` of the service as you read it (GetDirectoryService). The
    /// answer carries the new `ETag`.
    ///
    /// - 400: a field is missing or not valid.
    /// - 404: no such service, or it was retired.
    /// - 409: another live service has that name.
    /// - 412: the service changed since you read it: read it again and reapply your change.
    /// - 428: `If-Match` is missing.
    /// </remarks>
    public static async Task<Results<Ok<DirectoryService>, ProblemHttpResult>> Endpoint(
        Guid serviceId, DirectoryServiceDetails body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var expected = request.ExpectedVersion();
        switch (await mediator.Send(new Command(Caller.From(user), serviceId, expected, body), cancellationToken))
        {
            case Outcome.Changed changed:
                ETags.Set(response, changed.Version);
                return TypedResults.Ok(changed.Service);
            case Outcome.Stale:
                return ETags.Stale("service");
            case Outcome.NameTaken:
                return DirectoryProblems.NameTaken();
            default:
                return DirectoryProblems.NotFound();
        }
    }
}
