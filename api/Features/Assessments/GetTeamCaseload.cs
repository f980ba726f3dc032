using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// The team view for managers (issue 16, decision 0031): for each assessor holding work, how many open
/// assessments, how many of them past the decision target (Assessments:DecisionTargetDays), how many reviews
/// fall due in the next 30 days and how many are overdue; and the same for the work nobody holds, with the
/// unallocated queue to take it from. Counts only (no carer's data), on records neither closed nor merged,
/// reviews of current plans only. Assessors are named by their sign-in subject: the platform keeps no other name.
/// One audit row.
/// </summary>
public static class GetTeamCaseload
{
    /// <param name="Assessor">The assessor's sign-in subject (the name allocations record).</param>
    public sealed record Counts(
        [property: MaxLength(100)] string Assessor,
        [property: Range(0, int.MaxValue)] int OpenAssessments,
        [property: Range(0, int.MaxValue)] int Overdue,
        [property: Range(0, int.MaxValue)] int ReviewsDueIn30Days,
        [property: Range(0, int.MaxValue)] int ReviewsOverdue)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Counts Example =>
            new(Examples.Assessor, 14, 2, 5, 1);
    }

    /// <param name="Queue">The API path of the unallocated work queue.</param>
    public sealed record Unallocated(
        [property: Range(0, int.MaxValue)] int OpenAssessments,
        [property: Range(0, int.MaxValue)] int Overdue,
        [property: Range(0, int.MaxValue)] int ReviewsDueIn30Days,
        [property: Range(0, int.MaxValue)] int ReviewsOverdue,
        [property: MaxLength(100)] string Queue)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Unallocated Example =>
            new(6, 1, 3, 0, "/api/assessment-queues/unallocated");
    }

    /// <param name="Assessors">One row per assessor holding any open assessment or current plan, by subject.</param>
    /// <param name="AsOn">The date the counts were made (reviews due and overdue are reckoned from it).</param>
    public sealed record TeamCaseload(
        [property: MaxLength(1000)] IReadOnlyList<Counts> Assessors,
        Unallocated Unallocated,
        DateOnly AsOn)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static TeamCaseload Example =>
            new([Counts.Example, new("james.mwangi@luton.gov.uk", 11, 0, 4, 0)], Unallocated.Example, Examples.On);
    }

    public sealed record Query(Caller Caller) : IQuery<TeamCaseload>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, IConfiguration configuration) : IQueryHandler<Query, TeamCaseload>
    {
        public const string Sql = $"""
            WITH work AS (
                SELECT a.allocated_to, 1 AS open, (a.requested_at < @OverdueBefore)::int AS overdue, 0 AS reviews_due, 0 AS reviews_overdue
                FROM assessment a JOIN carer c ON c.id = a.carer_id
                WHERE a.status IN ('requested', 'offered', 'scheduled', 'inProgress') AND c.closed_at IS NULL AND c.merged_into IS NULL
                UNION ALL
                SELECT a.allocated_to, 0, 0, (p.next_review_on BETWEEN @Today AND @Today::date + 30)::int, (p.next_review_on < @Today)::int
                FROM assessment a JOIN support_plan p ON p.assessment_id = a.id JOIN carer c ON c.id = a.carer_id
                WHERE a.status IN ('completed', 'reviewed') AND {ListAssessmentQueue.Handler.Current}
            )
            SELECT allocated_to AS assessor, sum(open)::int AS open_assessments, sum(overdue)::int AS overdue,
                   sum(reviews_due)::int AS reviews_due_in30_days, sum(reviews_overdue)::int AS reviews_overdue
            FROM work GROUP BY allocated_to ORDER BY allocated_to NULLS FIRST
            """;

        public async ValueTask<TeamCaseload> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var targetDays = configuration.GetValue("Assessments:DecisionTargetDays", 28);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
            {
                Today = today,
                OverdueBefore = clock.GetUtcNow().AddDays(-targetDays).UtcDateTime,
            }, cancellationToken: cancellationToken))).ToList();
            await AuditLog.WriteAsync(connection, null,
                new AuditEntry(query.Caller, nameof(GetTeamCaseload), "teamCaseload", null, AuditOutcome.Success, $"{rows.Count(r => r.Assessor is not null)} assessors counted"),
                cancellationToken);
            var nobody = rows.FirstOrDefault(r => r.Assessor is null) ?? new Row();
            return new TeamCaseload(
                rows.Where(r => r.Assessor is not null)
                    .Select(r => new Counts(r.Assessor!, r.OpenAssessments, r.Overdue, r.ReviewsDueIn30Days, r.ReviewsOverdue)).ToList(),
                new Unallocated(nobody.OpenAssessments, nobody.Overdue, nobody.ReviewsDueIn30Days, nobody.ReviewsOverdue, "/api/assessment-queues/unallocated"),
                today);
        }

        private sealed record Row
        {
            public string? Assessor { get; init; }
            public int OpenAssessments { get; init; }
            public int Overdue { get; init; }
            public int ReviewsDueIn30Days { get; init; }
            public int ReviewsOverdue { get; init; }
        }
    }

    /// <remarks>
    /// For managers: for each assessor holding work, how many open assessments, how many are past the 28-day decision target,
    /// how many reviews fall due in the next 30 days and how many are overdue; and the same for the work nobody holds, with the
    /// queue to take it from. Counts only, no carer's data; assessors are named by their sign-in subject.
    /// </remarks>
    public static async Task<Ok<TeamCaseload>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}
