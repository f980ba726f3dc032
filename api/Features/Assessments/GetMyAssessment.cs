using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>A carer reads one of their own assessments; another carer's is 404. Audited.</summary>
public static class GetMyAssessment
{
    public sealed record Query(Caller Caller, Guid AssessmentId) : IQuery<(Assessment Assessment, int Version)?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, (Assessment Assessment, int Version)?>
    {
        public async ValueTask<(Assessment Assessment, int Version)?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var found = (await AssessmentReader.LoadAsync(connection, null, AssessmentReader.ByIdForCarerSql,
                new { query.AssessmentId, query.Caller.Subject }, DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken)).SingleOrDefault();
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(GetMyAssessment),
                "assessment", query.AssessmentId.ToString(), found.View is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: found.View?.Assessment.CarerId), cancellationToken);
            return found.View is null ? null : (found.View.Assessment, found.Version);
        }
    }

    /// <remarks>
    /// One of the signed-in carer's own assessments, with its ETag for the changes a carer may make (saving and
    /// submitting a self-assessment, declining). Another carer's assessment, or one that does not exist, is 404.
    /// Every read is in the audit log the carer can see.
    /// </remarks>
    public static async Task<Results<Ok<Assessment>, ProblemHttpResult>> Endpoint(
        Guid assessmentId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(Caller.From(user), assessmentId), cancellationToken) is not { } found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such assessment.");
        }

        ETags.Set(response, found.Version);
        return TypedResults.Ok(found.Assessment);
    }
}
