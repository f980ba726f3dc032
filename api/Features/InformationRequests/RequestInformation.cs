using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>
/// A registered carer asks for information in an accessible format or another language. With no
/// format and no language, the format comes from their record (InformationDefaults); with only a
/// language, the format is anotherLanguage. Due the configured working days after today.
/// </summary>
public static class RequestInformation
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Subject = InformationSubject.SupportPlan,
                Title = "My support plan",
                Description = "The plan from my assessment in March, in Urdu please.",
                Format = InformationFormat.AnotherLanguage,
                Language = "ur",
            };

        public InformationSubject? Subject { get; init; }
        /// <summary>Which leaflet, plan, decision or letter, in the carer's words.</summary>
        public string? Title { get; init; }
        /// <summary>Anything else that helps staff find it.</summary>
        public string? Description { get; init; }
        /// <summary>Leave out (with language) to use the format pre-filled from your record.</summary>
        public InformationFormat? Format { get; init; }
        /// <summary>ISO 639-1 code from the council's list, only with anotherLanguage (or alone, which implies it).</summary>
        /// <example>ur</example>
        public string? Language { get; init; }
    }

    public sealed record Response(InformationRequest Request, FormatSource FormatSource)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(InformationRequest.Example with { Status = InformationRequestStatus.Requested, SentAt = null, SentMethod = null }, FormatSource.PreferredLanguage);
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Created(InformationRequest Request, FormatSource Source) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record NoFormat : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(IOptions<InformationRequestOptions> options)
        {
            var languages = options.Value.Languages;
            RuleFor(x => x.Subject).NotNull().WithMessage("Select what information you need");
            RuleFor(x => x.Title).NotEmpty().WithMessage("Tell us which leaflet, plan, decision or letter you need")
                .MaximumLength(200).Matches(TextRules.FreeTextPattern).WithMessage("This must be 200 characters or fewer, without < > or control characters");
            RuleFor(x => x.Description).MaximumLength(1000).Matches(TextRules.FreeTextPattern)
                .WithMessage("This must be 1,000 characters or fewer, without < > or control characters");
            RuleFor(x => x.Language).MaximumLength(2).WithMessage("Choose a language from the list").Must(l => l is null || languages.ContainsKey(l))
                .WithMessage("Choose a language from the list")
                .Must((r, l) => l is null || r.Format is null or InformationFormat.AnotherLanguage)
                .WithMessage("Give a language only when you ask for another language");
            RuleFor(x => x.Language).NotEmpty().When(x => x.Format == InformationFormat.AnotherLanguage)
                .WithMessage("Choose the language you need");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<InformationRequestOptions> options)
        : ICommandHandler<Command, Outcome>
    {
        private const string CarerSql = "SELECT id, preferred_language, reasonable_adjustments FROM carer WHERE account_subject = @Subject";

        private const string InsertSql = """
            INSERT INTO information_request (carer_id, subject, title, description, format, language, requested_at, requested_on, due_on)
            VALUES (@CarerId, @Subject, @Title, @Description, @Format, @Language, @Now, @Today, @DueOn) RETURNING id
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, string PreferredLanguage, string[] Adjustments)?>(new CommandDefinition(
                CarerSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotRegistered();

            (InformationFormat Format, string? Language, FormatSource Source)? chosen = (body.Format, body.Language) switch
            {
                (null, null) => InformationDefaults.For(carer.Value.Adjustments, carer.Value.PreferredLanguage, options.Value.Languages),
                (null, { } language) => (InformationFormat.AnotherLanguage, language, FormatSource.Chosen),
                ({ } format, var language) => (format, language, FormatSource.Chosen),
            };
            if (chosen is null) return new Outcome.NoFormat();

            var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, new
            {
                CarerId = carer.Value.Id, Subject = body.Subject!.Value.Code(), Title = body.Title!.Trim(),
                Description = string.IsNullOrWhiteSpace(body.Description) ? null : body.Description.Trim(),
                Format = chosen.Value.Format.Code(), chosen.Value.Language, Now = clock.GetUtcNow().UtcDateTime, Today = today,
                DueOn = workingDays.Add(today, options.Value.DueWorkingDays),
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(RequestInformation), InformationRequestReader.RecordType, id.ToString(), AuditOutcome.Success, CarerId: carer.Value.Id), cancellationToken);
            var row = await InformationRequestReader.LoadAsync(connection, transaction, id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Created(InformationRequestReader.ToRequest(row!), chosen.Value.Source);
        }
    }

    /// <remarks>
    /// The signed-in carer asks for information in an accessible format (large print, easy read, audio, Braille, a BSL video) or another
    /// language. Leave out format and language and the format comes from their record; with only a language, the format is
    /// anotherLanguage. Due a set number of working days after today.
    ///
    /// - Answers 201 with the request, where the format came from, and its `Location`.
    /// - 400 (validation): a field is not valid, or no format was given and the record suggests none. 404 (not-found): you have not
    ///   registered as a carer.
    /// </remarks>
    public static async Task<Results<Created<Response>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) switch
        {
            Outcome.Created created => TypedResults.Created($"/api/me/carer/information-requests/{created.Request.Id}", new Response(created.Request, created.Source)),
            Outcome.NoFormat => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = ["Choose a format: your record has no adjustment or language to pre-fill it from"] },
                title: "Some of the information is missing or not valid."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet."),
        };
}
