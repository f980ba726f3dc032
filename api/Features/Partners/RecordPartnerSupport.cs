using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Partners;

/// <summary>A partner logs support it gave a carer who shares with it; reports count it later.</summary>
public static class RecordPartnerSupport
{
    public enum SupportType { HelplineCall, Coaching, Training, PeerGroup, SchoolVisit, Trip, Counselling, Advice, BenefitAdvice, Other }

    public sealed record Request
    {
        public SupportType? SupportType { get; init; }
        public DateOnly? GivenOn { get; init; }
        /// <summary>How long the support took, 1 to 1440 minutes.</summary>
        public int? DurationMinutes { get; init; }
        public string? Notes { get; init; }

        public static Request Example { get; } = new()
        {
            SupportType = RecordPartnerSupport.SupportType.Coaching,
            GivenOn = new DateOnly(2026, 11, 30),
            DurationMinutes = 45,
            Notes = "First coaching session: planning time for herself each week.",
        };
    }

    public sealed record Response(Guid SupportId, Guid CarerId, SupportType SupportType, DateOnly GivenOn, [property: System.ComponentModel.DataAnnotations.Range(1, 1440)] int DurationMinutes)
    {
        public static Response Example { get; } = new(Guid.Parse("c0ffee00-1234-4abc-9def-0123456789ab"), Examples.PartnerCarerId,
            RecordPartnerSupport.SupportType.Coaching, new DateOnly(2026, 11, 30), 45);
    }

    public sealed record Command(Caller Caller, Guid CarerId, Request Body) : ICommand<Response?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.SupportType).NotNull().WithMessage("Select the kind of support");
            RuleFor(x => x.GivenOn).NotNull().WithMessage("Enter the date of the support")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date must be today or in the past")
                .Must(d => d is null || d >= new DateOnly(2000, 1, 1)).WithMessage("Enter a real date");
            RuleFor(x => x.DurationMinutes).NotNull().WithMessage("Enter how long the support took, in minutes")
                .InclusiveBetween(1, 1440).WithMessage("Duration must be between 1 and 1440 minutes");
            RuleFor(x => x.Notes).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("Notes must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Response?>
    {
        private const string Sql = $"""
            WITH visible AS (SELECT c.id FROM carer c WHERE c.id = @CarerId AND {PartnerAccess.Visible}),
            support AS (
                INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, notes, recorded_by)
                SELECT id, @Partner, @SupportType, @GivenOn, @DurationMinutes, @Notes, @Subject FROM visible
                RETURNING id
            ),
            audit AS (
                {AuditLog.Into}
                SELECT @Subject, 'Partner', @Partner, 'RecordPartnerSupport', 'carer', @CarerId::text,
                       CASE WHEN EXISTS (SELECT 1 FROM visible) THEN 'success' ELSE 'notFound' END, @Partner,
                       (SELECT id FROM visible), NULL
            )
            SELECT id FROM support
            """;

        public async ValueTask<Response?> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var parameters = new DynamicParameters(PartnerAccess.Parameters(command.Caller, DateOnly.FromDateTime(clock.GetLocalNow().Date)));
            parameters.AddDynamicParams(new
            {
                command.CarerId,
                command.Caller.Partner,
                command.Caller.Subject,
                SupportType = body.SupportType!.Value.Code(),
                GivenOn = body.GivenOn!.Value,
                DurationMinutes = body.DurationMinutes!.Value,
                Notes = string.IsNullOrWhiteSpace(body.Notes) ? null : body.Notes.Trim(),
            });
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken));
            return id is null ? null : new Response(id.Value, command.CarerId, body.SupportType.Value, body.GivenOn.Value, body.DurationMinutes.Value);
        }
    }

    /// <remarks>
    /// Logs support you gave a carer who shares with you (what kind, on which day, for how long, and optional notes without
    /// the characters &lt; and &gt;); the council's reports count it. Answers 201 with Location `/api/partner/carers/{carerId}`.
    ///
    /// Idempotency: send an `Idempotency-Key` (a UUID per session of support) and retry safely: a retry answers the first
    /// answer with `Idempotency-Replayed: true` and logs nothing twice. The same key with another body is 422; while the
    /// first request with that key is still running, 409.
    ///
    /// - 400: a field is missing or not valid (`errors` names each): a future date, a duration outside 1 to 1440 minutes.
    /// - 404: no such carer, or they do not share with you (now); nothing is logged.
    /// - 409 / 422: see idempotency above.
    /// </remarks>
    public static async Task<Results<Created<Response>, ProblemHttpResult>> Endpoint(
        Guid carerId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), carerId, body), cancellationToken) is { } recorded
            ? TypedResults.Created($"/api/partner/carers/{carerId}", recorded)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer, or they have not agreed to share with you.");
}
