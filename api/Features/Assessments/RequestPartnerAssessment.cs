using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Partners;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>A partner (CHUMS for a young carer, with consent) asks the council to assess a carer who shares with it.</summary>
public static class RequestPartnerAssessment
{
    public sealed record Command(Caller Caller, Guid CarerId) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Requested(PartnerAssessmentOutcome Assessment) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyOpen : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string CarerSql = $"""
            SELECT c.id, c.date_of_birth,
                   EXISTS (SELECT 1 FROM assessment a WHERE a.carer_id = c.id AND a.status IN ('requested', 'offered', 'scheduled', 'inProgress')) AS has_open
            FROM carer c WHERE c.id = @CarerId AND {PartnerAccess.Visible} FOR UPDATE OF c
            """;

        private const string InsertSql = """
            INSERT INTO assessment (carer_id, kind, status, requested_by) VALUES (@CarerId, @Kind, 'requested', @RequestedBy) RETURNING id, requested_at;
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var parameters = new DynamicParameters(PartnerAccess.Parameters(command.Caller, today));
            parameters.Add("CarerId", command.CarerId);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, DateOnly DateOfBirth, bool HasOpen)?>(new CommandDefinition(CarerSql, parameters, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotFound();
            if (carer.Value.HasOpen) return new Outcome.AlreadyOpen();

            var kind = CarerCategories.Age(carer.Value.DateOfBirth, today) < 18 ? AssessmentKind.YoungCarer : AssessmentKind.Adult;
            var requestedBy = $"{command.Caller.Partner}:{command.Caller.Subject}";
            var (id, requestedAt) = await connection.QuerySingleAsync<(Guid, DateTime)>(new CommandDefinition(InsertSql,
                new { command.CarerId, Kind = kind.Code(), RequestedBy = requestedBy }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(AssessmentLifecycle.EventSql, new
            {
                AssessmentId = id, From = (string?)null, To = "requested", BySubject = requestedBy, ByRole = command.Caller.Role,
                Note = $"Requested by {command.Caller.Partner}",
            }, transaction, cancellationToken: cancellationToken));
            await Infrastructure.AuditLog.WriteAsync(connection, transaction, new Infrastructure.AuditEntry(
                command.Caller, nameof(RequestPartnerAssessment), "assessment", id.ToString(), Infrastructure.AuditOutcome.Success, command.Caller.Partner, command.CarerId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Requested(new PartnerAssessmentOutcome(id, kind, AssessmentStatus.Requested, new DateTimeOffset(requestedAt, TimeSpan.Zero), null, null, null, null));
        }
    }

    /// <remarks>
    /// A partner asks the council to assess a carer who shares their record with it (the carer's consent for that partner is
    /// in force). The assessment is a young carer's when the carer is under 18. The answer says only where it stands; the
    /// outcome is read with ListPartnerAssessmentOutcomes or arrives as `assessment.completed`.
    ///
    /// - 201 with the assessment and its `Location`.
    /// - 404: no such carer, or the carer does not share with this partner (the two are not told apart).
    /// - 409: the carer already has an assessment under way.
    /// - `Idempotency-Key` makes a retry safe: a replay answers the first response.
    /// </remarks>
    public static async Task<Results<Created<PartnerAssessmentOutcome>, ProblemHttpResult>> Endpoint(
        Guid carerId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), carerId), cancellationToken) switch
        {
            Outcome.Requested requested => TypedResults.Created($"/api/partner/carers/{carerId}/assessments", requested.Assessment),
            Outcome.AlreadyOpen => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The carer already has an assessment under way."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer, or they have not agreed to share with you."),
        };
}
