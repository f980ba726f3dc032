using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// A carer cancels one of their own breaks, while it is requested, approved or confirmed: its
/// places and sitting minutes are given back. Someone else's break is not found.
/// </summary>
public static class CancelMyBreak
{
    public sealed record Command(Caller Caller, Guid BookingId, int ExpectedVersion) : ICommand<BreakMove.Outcome>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, BreakMove.Outcome>
    {
        public ValueTask<BreakMove.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            BreakMove.RunAsync(db, command.Caller, command.BookingId, command.ExpectedVersion, BreakStatus.Cancelled, reason: null, byCarer: true, cancellationToken);
    }

    /// <summary>A carer cancels one of their own breaks, at the version they read (If-Match: the eTag of the break in their list).</summary>
    /// <remarks>
    /// The signed-in carer cancels one of their own breaks while it is requested, approved or confirmed: its places and
    /// sitting minutes are given back at once.
    ///
    /// - Send the break's ETag (from the list, the break, or the last change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 404: no such break, or it is someone else's.
    /// - 409: the break is already completed, declined or cancelled.
    /// </remarks>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> Endpoint(
        Guid breakId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), breakId, request.ExpectedVersion()), cancellationToken)).ToResult(BreakStatus.Cancelled, response);
}
