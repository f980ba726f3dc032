using System.Security.Claims;
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
    public sealed record Command(Caller Caller, Guid BookingId) : ICommand<BreakMove.Outcome>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, BreakMove.Outcome>
    {
        public ValueTask<BreakMove.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            BreakMove.RunAsync(db, command.Caller, command.BookingId, BreakStatus.Cancelled, reason: null, byCarer: true, cancellationToken);
    }

    /// <summary>A carer cancels one of their own breaks.</summary>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> Endpoint(
        Guid breakId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), breakId), cancellationToken)).ToResult(BreakStatus.Cancelled);
}
