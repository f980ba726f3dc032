using Carers.Api.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>Anyone reads one live service. A retired or unknown one is 404. The ETag is what a manager sends to change it.</summary>
public static class GetDirectoryService
{
    public sealed record Found(DirectoryService Service, int Version);

    public sealed record Query(Guid ServiceId) : IQuery<Found?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Found?>
    {
        public async ValueTask<Found?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await DirectoryReader.LoadAsync(connection, null, query.ServiceId, OpeningRules.LondonNow(clock), cancellationToken) is { } found
                ? new Found(found.Service, found.Version) : null;
        }
    }

    /// <remarks>
    /// Reads one live service, with its weekly opening hours per channel (in Europe/London time) and whether
    /// each channel is open now. Public: no token is needed.
    ///
    /// The answer carries an `ETag`: a manager sends it as `If-Match` to change or retire the service.
    ///
    /// 404: no such service, or it was retired.
    /// </remarks>
    public static async Task<Results<Ok<DirectoryService>, ProblemHttpResult>> Endpoint(
        Guid serviceId, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(serviceId), cancellationToken) is not { } found)
        {
            return DirectoryProblems.NotFound();
        }

        ETags.Set(response, found.Version);
        return TypedResults.Ok(found.Service);
    }
}
