using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>A manager adds a service to the directory, with its opening hours. Names are unique among live services.</summary>
public static class AddDirectoryService
{
    public sealed record Command(Caller Caller, DirectoryServiceDetails Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Added(DirectoryService Service, int Version) : Outcome;
        public sealed record NameTaken : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string InsertSql = """
            INSERT INTO directory_service (name, summary, audiences, needs, phone, website, email, address_line1, address_line2, town, postcode, languages)
            VALUES (@Name, @Summary, @Audiences, @Needs, @Phone, @Website, @Email, @AddressLine1, @AddressLine2, @Town, @Postcode, @Languages)
            RETURNING id
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = DirectoryReader.Parameters(command.Body);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Guid id;
            try
            {
                id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == DirectoryProblems.NameKey)
            {
                return new Outcome.NameTaken();
            }

            parameters.Add("ServiceId", id);
            await connection.ExecuteAsync(new CommandDefinition(DirectoryReader.ReplaceSlotsSql, parameters, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(AddDirectoryService), DirectoryReader.RecordType, id.ToString(), AuditOutcome.Success), cancellationToken);
            var added = await DirectoryReader.LoadAsync(connection, transaction, id, OpeningRules.LondonNow(clock), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Added(added!.Value.Service, added.Value.Version);
        }
    }

    /// <remarks>
    /// Adds a service to the directory, with who it is for, the needs it specialises in, how to reach it and
    /// its weekly opening hours per channel (times in Europe/London, 24-hour `HH:mm`; openings on one day must
    /// not overlap). Give at least one way to reach it: a telephone number, web address, email or address.
    ///
    /// Answers 201 with the service, its `Location` and an `ETag` to send as `If-Match` to change it later.
    ///
    /// - 400: a field is missing or not valid (the `errors` map names each).
    /// - 409: a live service already has that name.
    /// </remarks>
    public static async Task<Results<Created<DirectoryService>, ProblemHttpResult>> Endpoint(
        DirectoryServiceDetails body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Command(Caller.From(user), body), cancellationToken) is not Outcome.Added added)
        {
            return DirectoryProblems.NameTaken();
        }

        ETags.Set(response, added.Version);
        return TypedResults.Created($"/api/directory/services/{added.Service.Id}", added.Service);
    }
}
