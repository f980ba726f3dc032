using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Consents;
using Carers.Api.Features.Matching;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Partners;

/// <summary>
/// A partner refers a carer, with the consent to share with that partner that the carer gave it.
/// The person is matched by NHS number, or created; a probable match (surname, date of birth,
/// postcode) goes to the staff match queue. A person nobody knew is shared with the partner at
/// once (a carer.referred event is queued). A carer the council already knows is not: the
/// referral and the consent the partner reports are recorded and wait for the carer to confirm
/// them (decision 0024); until then the partner gets 404 for that carer and no events.
/// </summary>
public static class ReferCarer
{
    public enum MatchedBy { NhsNumber, Probable, New }

    public sealed record ConsentGiven
    {
        public ConsentBasis? Basis { get; init; }
        public DateOnly? GivenOn { get; init; }

        public static ConsentGiven Example { get; } = new() { Basis = ConsentBasis.Self, GivenOn = new DateOnly(2026, 11, 28) };
    }

    public sealed record Request
    {
        public string? GivenName { get; init; }
        public string? FamilyName { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public string? Postcode { get; init; }
        public string? NhsNumber { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        /// <summary>ISO 639-1; English (en) when not given.</summary>
        /// <example>pl</example>
        public LanguageCode? PreferredLanguage { get; init; }
        /// <summary>The carer's consent to share with the referring partner.</summary>
        public ConsentGiven? Consent { get; init; }
        /// <summary>Why the partner refers them, in a sentence or two.</summary>
        public string? Reason { get; init; }

        public static Request Example { get; } = new()
        {
            GivenName = "Amina",
            FamilyName = "Khan",
            DateOfBirth = new DateOnly(1978, 4, 12),
            Postcode = "LU2 7DF",
            NhsNumber = "999 000 0018",
            Email = "amina.khan@example.org",
            Phone = "07700 900123",
            PreferredLanguage = LanguageCode.Ur,
            Consent = ConsentGiven.Example,
            Reason = "Cares for her husband after a stroke; asked for a carer's assessment and a break.",
        };
    }

    /// <summary>
    /// Granted: the partner sees the carer now (a person nobody knew, or one who already shares
    /// with it). AwaitingCarer: the council already knows the person; the consent the partner
    /// reported waits for the carer (or staff, from a conversation) to confirm it (decision 0024).
    /// </summary>
    public enum Access { Granted, AwaitingCarer }

    /// <param name="CarerId">The carer's id when the partner may read them; null while the carer's answer is awaited.</param>
    public sealed record Response(Guid ReferralId, Guid? CarerId, MatchedBy MatchedBy, Access Access)
    {
        public static Response Example { get; } = new(Examples.ReferralId, Examples.PartnerCarerId,
            MatchedBy.New, Access.Granted);
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Referred(Response Response) : Outcome;
        public sealed record OutOfScope(string Message) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            var today = () => DateOnly.FromDateTime(clock.GetLocalNow().Date);
            RuleFor(x => x.GivenName).PersonName("the carer's first name");
            RuleFor(x => x.FamilyName).PersonName("the carer's last name");
            RuleFor(x => x.DateOfBirth).NotNull().WithMessage("Enter the carer's date of birth")
                .Must(d => d is null || (d <= today() && CarerCategories.Age(d.Value, today()) is >= 5 and <= 120))
                .WithMessage("The carer must be 5 or over, with a real date of birth");
            RuleFor(x => x.Postcode).ValidPostcode();
            RuleFor(x => x.NhsNumber).MaximumLength(12).Must(n => n is null || Domain.NhsNumber.IsValid(n))
                .WithMessage("Enter a valid NHS number, like 943 476 5919");
            RuleFor(x => x.Email).MaximumLength(254).EmailAddress().WithMessage("Enter an email address in the correct format");
            RuleFor(x => x.Phone).MaximumLength(20).Matches(TextRules.PhonePattern).WithMessage("Enter a telephone number, like 01582 123456");
            RuleFor(x => x.Phone).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.Email))
                .WithMessage("Enter a telephone number or an email address so the council can contact the carer");
            RuleFor(x => x.Consent).NotNull().WithMessage("Record the carer's consent to share with you");
            RuleFor(x => x.Consent!.Basis).NotNull().When(x => x.Consent is not null).WithMessage("Select the basis of the carer's consent");
            RuleFor(x => x.Consent!.GivenOn).NotNull().When(x => x.Consent is not null).WithMessage("Enter the date the carer gave consent")
                .Must(d => d is null || d <= today()).When(x => x.Consent is not null).WithMessage("The date consent was given must be today or in the past");
            RuleFor(x => x.Reason).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string InsertCarerSql = """
            INSERT INTO carer (registered_by, given_name, family_name, date_of_birth, email, phone, postcode, preferred_language,
                preferred_contact_channel, nhs_number, identification_source, identified_at)
            VALUES ('partner', @GivenName, @FamilyName, @DateOfBirth, @Email, @Phone, @Postcode, @PreferredLanguage,
                @Channel, @NhsNumber, 'partnerReferral', now())
            RETURNING id
            """;

        private const string InForceSql = """
            SELECT EXISTS (SELECT 1 FROM consent WHERE carer_id = @CarerId AND purpose = @Purpose AND withdrawn_at IS NULL)
            """;

        private const string RecordReferralSql = $"""
            INSERT INTO partner_referral (id, carer_id, partner, referred_by, matched_by, reason)
            VALUES (@ReferralId, @CarerId, @Partner, @ReferredBy, @MatchedBy, @Reason);
            {AuditLog.Into}
            VALUES (@ReferredBy, 'Partner', @Partner, 'ReferCarer', 'carer', @CarerId::text, 'success', @AuditReason, @CarerId, NULL);
            """;

        // A person nobody knew: the partner's report is the only consent there can be, in force
        // at once, marked with the referral so a later merge can ask the carer (decision 0024).
        private const string GrantSql = """
            INSERT INTO consent (carer_id, purpose, basis, given_on, given_by, referral_id)
            VALUES (@CarerId, @Purpose, @Basis, @GivenOn, @ReferredBy, @ReferralId)
            ON CONFLICT (carer_id, purpose) WHERE withdrawn_at IS NULL DO NOTHING;
            UPDATE carer SET version = version + 1, updated_at = now() WHERE id = @CarerId;
            INSERT INTO outbox_message (event_type, partner, carer_id, payload)
            VALUES ('carer.referred', @Partner, @CarerId, jsonb_build_object('carerId', @CarerId, 'referralId', @ReferralId));
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var partner = command.Caller.Partner!;
            if (PartnerAccess.MaxAgeFor(partner) is { } maxAge && CarerCategories.Age(body.DateOfBirth!.Value, today) >= maxAge)
            {
                return new Outcome.OutOfScope($"CHUMS supports young carers and young adult carers under {maxAge}.");
            }

            // Two referrals of one new person at once: the second meets the NHS number's unique
            // index, and on the retry it finds the first one's record.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await Refer(command, partner, cancellationToken);
                }
                catch (PostgresException e) when (attempt < 3 && e.SqlState == PostgresErrorCodes.UniqueViolation
                    && e.ConstraintName is "carer_nhs_number_key" or "reported_consent_awaiting_key")
                {
                }
            }
        }

        private async Task<Outcome> Refer(Command command, string partner, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var nhsNumber = body.NhsNumber is null ? null : Domain.NhsNumber.Normalise(body.NhsNumber);
            var postcode = Domain.Postcode.Normalise(body.Postcode!);
            var purpose = PartnerAccess.ConsentPurposeFor(partner);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            var carerId = nhsNumber is null ? null : await CarerMatcher.FindByNhsNumber(connection, transaction, nhsNumber, cancellationToken);
            var matchedBy = MatchedBy.NhsNumber;
            var known = carerId is not null;
            if (carerId is null)
            {
                carerId = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertCarerSql, new
                {
                    GivenName = body.GivenName!.Trim(),
                    FamilyName = body.FamilyName!.Trim(),
                    body.DateOfBirth,
                    Email = string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim(),
                    Phone = string.IsNullOrWhiteSpace(body.Phone) ? null : body.Phone.Trim(),
                    Postcode = postcode,
                    PreferredLanguage = (body.PreferredLanguage ?? LanguageCode.En).Code(),
                    Channel = string.IsNullOrWhiteSpace(body.Phone) ? ContactChannel.Email.Code() : ContactChannel.Phone.Code(),
                    NhsNumber = nhsNumber,
                }, transaction, cancellationToken: cancellationToken));
                var probable = await CarerMatcher.QueueProbableMatches(connection, transaction, carerId.Value, body.FamilyName.Trim(), body.DateOfBirth!.Value, postcode, cancellationToken);
                matchedBy = probable > 0 ? MatchedBy.Probable : MatchedBy.New;
            }

            // A known carer is shared with the partner only if their own consent is in force already.
            var granted = !known || await connection.ExecuteScalarAsync<bool>(new CommandDefinition(InForceSql,
                new { CarerId = carerId.Value, Purpose = purpose }, transaction, cancellationToken: cancellationToken));
            var referralId = Guid.NewGuid();
            var parameters = new
            {
                CarerId = carerId.Value,
                ReferralId = referralId,
                Partner = partner,
                Purpose = purpose,
                Basis = body.Consent!.Basis!.Value.Code(),
                GivenOn = body.Consent.GivenOn!.Value,
                ReferredBy = command.Caller.Subject,
                MatchedBy = matchedBy.Code(),
                Reason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim(),
                AuditReason = granted ? partner : $"{partner}: consent reported, awaiting the carer",
            };
            await connection.ExecuteAsync(new CommandDefinition(RecordReferralSql + (granted ? GrantSql : ReportedConsents.ReportSql),
                parameters, transaction, cancellationToken: cancellationToken));
            if (!granted)
            {
                // The carer is asked to confirm in their account (decision 0024), and told so (decision 0037).
                await CarerNotices.QueueAsync(connection, transaction, carerId.Value, NoticeKind.PartnerReferralAwaitingConfirmation, $"referral:{referralId}",
                    new NoticeValues { Partner = partner switch { PartnerNames.CarersCentral => "Carers Central", PartnerNames.Chums => "CHUMS", _ => partner } },
                    cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Referred(granted
                ? new Response(referralId, carerId.Value, matchedBy, Access.Granted)
                : new Response(referralId, null, matchedBy, Access.AwaitingCarer));
        }
    }

    /// <remarks>
    /// Refers a carer to the council with the consent to share with you that the carer gave you (`consent`: its basis and
    /// the day it was given). The person is matched by a valid NHS number first; otherwise a new record is made, and any
    /// record with the same surname, date of birth and postcode goes to the council's match queue (nothing merges silently).
    ///
    /// - **201** with Location `/api/partner/carers/{carerId}`: a person the council did not know, or one who already shares
    ///   with you. You may read them at once, and a `carer.referred` event follows (docs/events.md).
    /// - **202** with `carerId: null` and `access: awaitingCarer`: the council already knows the person. The consent you
    ///   reported waits for the carer (or council staff, from a conversation) to confirm it; until then you get 404 for them
    ///   and no events. On confirmation you receive `carer.referred` with this `referralId`.
    ///
    /// CHUMS refers young carers and young adult carers only (under 26).
    ///
    /// Idempotency: send an `Idempotency-Key` (a UUID per referral) and retry safely: a retry answers the first answer with
    /// `Idempotency-Replayed: true` and refers no one twice. The same key with another body is 422; while the first request
    /// with that key is still running, 409.
    ///
    /// - 400: a field is missing or not valid (`errors` names each), or the person is outside your age range.
    /// - 409 / 422: see idempotency above.
    /// </remarks>
    public static async Task<Results<Created<Response>, Accepted<Response>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        return outcome switch
        {
            Outcome.Referred { Response.CarerId: { } carerId } referred => TypedResults.Created($"/api/partner/carers/{carerId}", referred.Response),
            Outcome.Referred awaiting => TypedResults.Accepted((string?)null, awaiting.Response),
            Outcome.OutOfScope outOfScope => TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { ["dateOfBirth"] = [outOfScope.Message] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." }),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }
}
