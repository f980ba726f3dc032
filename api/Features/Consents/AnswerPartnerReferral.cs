using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Carers;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Consents;

/// <summary>
/// A carer answers a partner's referral (decision 0024). Confirming puts their consent to share
/// with that partner in force (basis self, given today, by them), and the partner gets access
/// and a carer.referred event; refusing records the refusal and the partner keeps 404. A
/// referral that is not theirs is 404; one already answered (or replaced by a later one) is 409.
/// </summary>
public static class AnswerPartnerReferral
{
    public enum Answer { Confirm, Refuse }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Answer = AnswerPartnerReferral.Answer.Confirm };

        /// <summary>confirm: share my record with the partner; refuse: do not.</summary>
        public Answer? Answer { get; init; }
    }

    public sealed record Response(Guid ReferralId, Answer Answer, ConsentState Consent)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(Examples.PendingReferralId, Answer.Confirm, new(ConsentPurpose.ShareWithChums, ConsentStatus.Given, ConsentBasis.Self, new DateOnly(2026, 2, 26), null));
    }

    public sealed record Command(Caller Caller, Guid ReferralId, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Answered(Response Response) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyAnswered : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Answer).NotNull().WithMessage("Select yes if you agree to share your record");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = """
            SELECT r.carer_id, r.purpose, r.status
            FROM reported_consent r JOIN carer c ON c.id = r.carer_id
            WHERE r.referral_id = @ReferralId AND c.account_subject = @Subject AND c.merged_into IS NULL AND c.closed_at IS NULL
            FOR UPDATE OF r
            """;

        // The carer's own consent, unless one is in force already (given since the referral).
        private const string ConsentSql = """
            INSERT INTO consent (carer_id, purpose, basis, given_on, given_by)
            SELECT @CarerId, @Purpose, 'self', @Today, @Subject
            WHERE NOT EXISTS (SELECT 1 FROM consent WHERE carer_id = @CarerId AND purpose = @Purpose AND withdrawn_at IS NULL);
            UPDATE carer SET version = version + 1, updated_at = now() WHERE id = @CarerId;
            SELECT id, basis, given_on FROM consent WHERE carer_id = @CarerId AND purpose = @Purpose AND withdrawn_at IS NULL;
            """;

        private const string RefuseSql = """
            UPDATE reported_consent SET status = 'refused', answered_at = now(), answered_by = @Subject WHERE referral_id = @ReferralId
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var subject = command.Caller.Subject;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var reported = await connection.QuerySingleOrDefaultAsync<(Guid CarerId, string Purpose, string Status)?>(new CommandDefinition(LockSql,
                new { command.ReferralId, Subject = subject }, transaction, cancellationToken: cancellationToken));
            var outcome = reported switch
            {
                null => AuditOutcome.NotFound,
                { Status: not "awaiting" } => AuditOutcome.Conflict,
                _ => AuditOutcome.Success,
            };
            var answer = command.Body.Answer!.Value;
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(AnswerPartnerReferral),
                "carer", reported?.CarerId.ToString(), outcome, $"{answer.Code()} referral {command.ReferralId}", reported?.CarerId), cancellationToken);
            if (outcome != AuditOutcome.Success)
            {
                await transaction.CommitAsync(cancellationToken);
                return reported is null ? new Outcome.NotFound() : new Outcome.AlreadyAnswered();
            }

            var (carerId, purposeCode, _) = reported!.Value;
            var purpose = Vocabulary.Parse<ConsentPurpose>(purposeCode);
            ConsentState consent;
            if (answer == Answer.Confirm)
            {
                var given = await connection.QuerySingleAsync<(Guid Id, string Basis, DateOnly GivenOn)>(new CommandDefinition(ConsentSql,
                    new { CarerId = carerId, Purpose = purposeCode, Today = today, Subject = subject }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(ReportedConsents.ConfirmAwaitingSql,
                    new { CarerId = carerId, Purpose = purposeCode, ConsentId = given.Id, Subject = subject }, transaction, cancellationToken: cancellationToken));
                consent = new ConsentState(purpose, ConsentStatus.Given, Vocabulary.Parse<ConsentBasis>(given.Basis), given.GivenOn, null);
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition(RefuseSql, new { command.ReferralId, Subject = subject }, transaction, cancellationToken: cancellationToken));
                var inForce = await connection.QuerySingleOrDefaultAsync<(string Basis, DateOnly GivenOn)?>(new CommandDefinition(
                    "SELECT basis, given_on FROM consent WHERE carer_id = @CarerId AND purpose = @Purpose AND withdrawn_at IS NULL",
                    new { CarerId = carerId, Purpose = purposeCode }, transaction, cancellationToken: cancellationToken));
                consent = inForce is { } k
                    ? new ConsentState(purpose, ConsentStatus.Given, Vocabulary.Parse<ConsentBasis>(k.Basis), k.GivenOn, null)
                    : new ConsentState(purpose, ConsentStatus.NotGiven, null, null, null);
            }

            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Answered(new Response(command.ReferralId, answer, consent));
        }
    }

    /// <remarks>
    /// The signed-in carer answers a partner's referral of them. Confirming puts their consent to share with that partner in force (basis
    /// self, given today, by them): the partner can see the carer from its next request and receives a `carer.referred` event. Refusing
    /// records the refusal, and the partner keeps getting 404 for this carer.
    ///
    /// - 404 (not-found): there is no such referral awaiting your answer (one that is not yours is 404 too).
    /// - 409 (conflict): the referral has already been answered, or a later referral replaced it.
    /// - 400 (validation): the answer is missing or not one of the words the contract lists.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        Guid referralId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), referralId, body), cancellationToken) switch
        {
            Outcome.Answered answered => TypedResults.Ok(answered.Response),
            Outcome.AlreadyAnswered => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This referral has already been answered.",
                detail: "Your consents on your record show what you share with each partner."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such referral awaiting your answer."),
        };
}
