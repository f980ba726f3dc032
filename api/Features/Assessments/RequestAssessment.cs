using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// A carer asks for an assessment, or starts a supported self-assessment (selfAssessment true).
/// Under 18 it is a young carer's needs assessment. One open assessment at a time.
/// </summary>
public static class RequestAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { SelfAssessment = true };

        /// <summary>True to fill it in yourself now (a supported self-assessment); false to ask for an assessor.</summary>
        public bool? SelfAssessment { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Created(Assessment Assessment, int Version) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record AlreadyOpen(Guid AssessmentId) : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string CarerSql = """
            SELECT c.id, c.date_of_birth,
                   (SELECT a.id FROM assessment a WHERE a.carer_id = c.id AND a.status IN ('requested', 'offered', 'scheduled', 'inProgress') LIMIT 1) AS open_id
            FROM carer c WHERE c.account_subject = @Subject FOR UPDATE
            """;

        private const string InsertSql = """
            INSERT INTO assessment (carer_id, kind, status, self_assessment, requested_by) VALUES (@CarerId, @Kind, @Status, @Self, @Subject) RETURNING id
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // FOR UPDATE on the carer serialises requests: two at once cannot both open one.
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, DateOnly DateOfBirth, Guid? OpenId)?>(new CommandDefinition(
                CarerSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotRegistered();
            if (carer.Value.OpenId is { } open) return new Outcome.AlreadyOpen(open);

            var self = command.Body.SelfAssessment == true;
            var status = self ? AssessmentStatus.InProgress : AssessmentStatus.Requested;
            var kind = CarerCategories.Age(carer.Value.DateOfBirth, today) < 18 ? AssessmentKind.YoungCarer : AssessmentKind.Adult;
            var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql,
                new { CarerId = carer.Value.Id, Kind = kind.Code(), Status = status.Code(), Self = self, command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(AssessmentLifecycle.EventSql, new
            {
                AssessmentId = id, From = (string?)null, To = status.Code(), BySubject = command.Caller.Subject, ByRole = command.Caller.Role,
                Note = self ? "Self-assessment started" : "Assessment requested",
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(RequestAssessment), "assessment", id.ToString(), AuditOutcome.Success, CarerId: carer.Value.Id), cancellationToken);
            var loaded = (await AssessmentReader.LoadAsync(connection, transaction, AssessmentReader.ByIdSql, new { AssessmentId = id }, today, cancellationToken)).Single();
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Created(loaded.View.Assessment, loaded.Version);
        }
    }

    /// <remarks>
    /// The signed-in carer asks the council for a carer's assessment, or (with `selfAssessment: true`) starts a supported
    /// self-assessment to fill in themselves. A carer under 18 gets a young carer's needs assessment (Children Act 1989
    /// s17ZA); everyone else an adult carer's assessment (Care Act 2014 s10).
    ///
    /// - 201 with the assessment, its `Location` and its ETag.
    /// - 404: the caller has not registered as a carer yet (`POST /api/me/carer` first).
    /// - 409: an assessment is already under way; the problem's detail names it. One open assessment at a time.
    /// </remarks>
    public static async Task<Results<Created<Assessment>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Created created:
                ETags.Set(response, created.Version);
                return TypedResults.Created($"/api/me/carer/assessments/{created.Assessment.Id}", created.Assessment);
            case Outcome.AlreadyOpen open:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You already have an assessment under way.",
                    detail: $"Carry on with /api/me/carer/assessments/{open.AssessmentId}.");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
        }
    }
}
