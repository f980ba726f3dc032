using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Staff add a caring relationship for a carer (met by phone or face to face). The same details and the same rules as
/// <see cref="AddCaredForPerson"/>: someone we already hold is linked, not copied (<see cref="CaringRelationships"/>).
/// </summary>
public static class AddCaredForPersonForCarer
{
    public sealed record Command(Caller Caller, Guid CarerId, AddCaredForPerson.Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Added(CaredForPerson Person) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record TooMany : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, long Active)?>(new CommandDefinition(
                CaringRelationships.LockByIdSql, new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            var outcome = carer switch
            {
                null => AuditOutcome.NotFound,
                { Active: >= CaringRelationships.MaxActiveRelationships } => AuditOutcome.Conflict,
                _ => AuditOutcome.Success,
            };
            Outcome result = outcome switch
            {
                AuditOutcome.NotFound => new Outcome.NotFound(),
                AuditOutcome.Conflict => new Outcome.TooMany(),
                _ => new Outcome.Added(await CaringRelationships.Add(connection, transaction, carer!.Value.Id, command.Body, cancellationToken)),
            };
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(
                command.Caller, nameof(AddCaredForPersonForCarer), "carer", command.CarerId.ToString(), outcome, CarerId: command.CarerId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
    }

    /// <remarks>
    /// Staff add someone a carer cares for, for a carer met by phone or face to face: the same details and rules as AddCaredForPerson.
    /// Someone we already hold is linked, not copied. Audited.
    ///
    /// - Answers 201 with the caring relationship; `Location` is the carer's record.
    /// - 400 (validation): a field is missing or not valid. 404 (not-found): there is no such carer.
    /// - 409 (conflict): the carer already has the most people cared for at once.
    /// </remarks>
    public static async Task<Results<Created<CaredForPerson>, ProblemHttpResult>> Endpoint(
        Guid carerId, AddCaredForPerson.Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), carerId, body), cancellationToken);
        return outcome switch
        {
            Outcome.Added added => TypedResults.Created($"/api/carers/{carerId}", added.Person),
            Outcome.TooMany => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"A carer can have at most {CaringRelationships.MaxActiveRelationships} people they care for at once.",
                detail: "End a caring relationship that has stopped first."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer."),
        };
    }
}
