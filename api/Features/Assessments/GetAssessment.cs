using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>An assessor opens an assessment, with its allocation, notes and history. Audited.</summary>
public static class GetAssessment
{
    public sealed record Query(Caller Caller, Guid AssessmentId) : IQuery<AssessmentOutcome>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, AssessmentOutcome>
    {
        public async ValueTask<AssessmentOutcome> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var found = (await AssessmentReader.LoadAsync(connection, null, AssessmentReader.ByIdSql, new { query.AssessmentId },
                DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken)).SingleOrDefault();
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(GetAssessment),
                "assessment", query.AssessmentId.ToString(), found.View is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: found.View?.Assessment.CarerId), cancellationToken);
            return found.View is null ? new AssessmentOutcome.NotFound() : new AssessmentOutcome.StaffDone(found.View, found.Version);
        }
    }

    /// <remarks>
    /// An assessor opens an assessment: the carer's answers, the decision, the plan, its allocation, the assessor's notes and
    /// its history, with the ETag every change needs. `Access-Reason` is optional (casework when left out) and goes in the
    /// audit log the carer can see. 404 when there is no such assessment.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Query(Caller.From(user), assessmentId), cancellationToken)).ToResult(response);
}
