using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Retention;

/// <summary>
/// A data-protection officer runs retention now. A dry run counts the records past their date that would be queued and the
/// approved records a live run would anonymise, changes nothing, and is logged. A live run queues the records past their
/// date and anonymises every approved one (one transaction each). One run at a time: 409 while another runs. Audited.
/// </summary>
public static class RunRetention
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { DryRun = true };

        /// <summary>true: count only, change nothing. false: queue and anonymise.</summary>
        public bool? DryRun { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<RetentionRunner.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.DryRun).NotNull().WithMessage("Say whether this is a dry run");
    }

    public sealed class Handler(RetentionRunner runner, AuditLog audit, TimeProvider clock) : ICommandHandler<Command, RetentionRunner.Outcome>
    {
        public async ValueTask<RetentionRunner.Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var mode = command.Body.DryRun!.Value ? RetentionRunMode.DryRun : RetentionRunMode.Live;
            var outcome = await runner.RunAsync(command.Caller, mode, clock, cancellationToken);
            await audit.WriteAsync(new AuditEntry(command.Caller, nameof(RunRetention), "retentionRun",
                outcome is RetentionRunner.Outcome.Ran ran ? ran.Run.Id.ToString() : null,
                outcome is RetentionRunner.Outcome.Ran ? AuditOutcome.Success : AuditOutcome.Conflict, mode == RetentionRunMode.DryRun ? "dryRun" : "live"),
                cancellationToken);
            return outcome;
        }
    }

    /// <remarks>
    /// A data-protection officer runs retention now. A dry run counts the records past their date that would be queued and the approved
    /// ones a live run would anonymise; it changes nothing and is logged. A live run queues the records past their date and anonymises
    /// every approved one, each in its own transaction. Audited.
    ///
    /// - One run at a time: 409 (conflict) while another is under way; try again when it has finished (ListRetentionRuns shows it).
    /// </remarks>
    public static async Task<Results<Ok<RetentionRun>, ProblemHttpResult>> Endpoint(Request body, ClaimsPrincipal user, IMediator mediator,
        CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) switch
        {
            RetentionRunner.Outcome.Ran ran => TypedResults.Ok(ran.Run),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A retention run is already under way.",
                detail: "Wait for it to finish; it is in the run log."),
        };
}
