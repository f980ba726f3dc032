using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// A carer withdraws a consent. It takes effect at once (SPEC §2): partners lose sight of the
/// carer on their very next request, and a consent.withdrawn event is queued for them in the
/// same transaction.
/// </summary>
public static class WithdrawConsent
{
    public sealed record Command(Caller Caller, ConsentPurpose Purpose) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Withdrawn(ConsentState Consent) : Outcome;
        public sealed record NotInForce : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string Sql = $"""
            WITH withdrawn AS (
                UPDATE consent SET withdrawn_on = @Today, withdrawn_at = now(), withdrawn_by = @Subject
                FROM carer c
                WHERE consent.carer_id = c.id AND c.account_subject = @Subject AND consent.purpose = @Purpose AND consent.withdrawn_at IS NULL
                RETURNING consent.carer_id, consent.basis, consent.given_on
            ),
            bumped AS (UPDATE carer SET version = version + 1, updated_at = now() WHERE id IN (SELECT carer_id FROM withdrawn)),
            event AS (
                INSERT INTO outbox_message (event_type, partner, carer_id, payload)
                SELECT 'consent.withdrawn', @Partner, carer_id, jsonb_build_object('carerId', carer_id, 'purpose', @Purpose, 'withdrawnOn', @Today)
                FROM withdrawn WHERE @Partner IS NOT NULL
            ),
            audit AS (
                {AuditLog.Into}
                SELECT @Subject, @ActorRole, NULL, 'WithdrawConsent', 'carer', carer_id::text, 'success', @Purpose, carer_id, NULL FROM withdrawn
            )
            SELECT basis, given_on FROM withdrawn
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var partner = command.Purpose switch
            {
                ConsentPurpose.ShareWithCarersCentral => PartnerNames.CarersCentral,
                ConsentPurpose.ShareWithChums => PartnerNames.Chums,
                _ => null,
            };
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<(string Basis, DateOnly GivenOn)?>(new CommandDefinition(Sql, new
            {
                command.Caller.Subject,
                ActorRole = command.Caller.Role,
                Purpose = command.Purpose.Code(),
                Partner = partner,
                Today = today,
            }, cancellationToken: cancellationToken));

            if (row is null)
            {
                await AuditLog.WriteAsync(connection, null, new AuditEntry(
                    command.Caller, nameof(WithdrawConsent), "carer", null, AuditOutcome.NotFound, command.Purpose.Code()), cancellationToken);
                return new Outcome.NotInForce();
            }

            return new Outcome.Withdrawn(new ConsentState(command.Purpose, ConsentStatus.Withdrawn,
                Vocabulary.Parse<ConsentBasis>(row.Value.Basis), row.Value.GivenOn, today));
        }
    }

    /// <remarks>
    /// The signed-in carer withdraws a consent. It takes effect at once: a partner loses sight of the carer on its very next request, and
    /// a `consent.withdrawn` event is queued for that partner in the same transaction.
    ///
    /// - `purpose` is one of shareWithCarersCentral, shareWithChums, shareWithGp or contactMe; any other word is 400 (validation).
    /// - 404 (not-found): there is no consent in force for this purpose.
    /// </remarks>
    /// <param name="purpose">shareWithCarersCentral, shareWithChums, shareWithGp or contactMe.</param>
    public static async Task<Results<Ok<ConsentState>, ProblemHttpResult>> Endpoint(
        [AllowedValues("shareWithCarersCentral", "shareWithChums", "shareWithGp", "contactMe")] string purpose, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!TryParsePurpose(purpose, out var parsed))
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["purpose"] = ["Purpose must be one of shareWithCarersCentral, shareWithChums, shareWithGp or contactMe"],
            })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." });
        }

        var outcome = await mediator.Send(new Command(Caller.From(user), parsed), cancellationToken);
        return outcome switch
        {
            Outcome.Withdrawn withdrawn => TypedResults.Ok(withdrawn.Consent),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no consent in force for this purpose."),
        };
    }

    /// <summary>Only the contract's own words: not numbers, not other spellings.</summary>
    private static bool TryParsePurpose(string value, out ConsentPurpose purpose)
    {
        purpose = default;
        foreach (var candidate in Enum.GetValues<ConsentPurpose>())
        {
            if (candidate.Code() == value)
            {
                purpose = candidate;
                return true;
            }
        }

        return false;
    }
}
