using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>Staff register a provider of breaks: the days it works and its places a day for each type of break.</summary>
public static class RegisterBreakProvider
{
    public enum Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday }

    public sealed record Capacity(BreakType? BreakType, [property: Range(1, 1000)] int? PlacesPerDay)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Capacity Example =>
            new(Breaks.BreakType.SittingService, 6);
    }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Name = Examples.BreakProviderName,
                WorksOn = [Weekday.Monday, Weekday.Wednesday, Weekday.Friday, Weekday.Saturday],
                Capacity = [RegisterBreakProvider.Capacity.Example, new(BreakType.DayOpportunities, 12)],
            };

        public string? Name { get; init; }
        /// <summary>The days of the week it works.</summary>
        public IReadOnlyCollection<Weekday>? WorksOn { get; init; }
        public IReadOnlyCollection<Capacity>? Capacity { get; init; }
    }

    public sealed record Response(Guid ProviderId, [property: MaxLength(200)] string Name)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(Examples.BreakProviderId, Examples.BreakProviderName);
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Response?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the provider's name").MaximumLength(200)
                .Matches(TextRules.AddressPattern).WithMessage("The name must only include letters, numbers and , . ' / & # ( ) -");
            RuleFor(x => x.WorksOn).NotEmpty().WithMessage("Choose the days it works").MaxItems(7)
                .Must(d => d is null || d.Distinct().Count() == d.Count).WithMessage("Choose each day once");
            RuleFor(x => x.Capacity).NotEmpty().WithMessage("Give its places a day for at least one type of break").MaxItems(5)
                .Must(c => c is null || (c.All(x => x.BreakType is not null && x.PlacesPerDay is >= 1 and <= 1000) && c.Select(x => x.BreakType).Distinct().Count() == c.Count))
                .WithMessage("Each type of break once, with 1 to 1,000 places a day");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Response?>
    {
        private const string Sql = $"""
            WITH provider AS (INSERT INTO break_provider (name, works_on) VALUES (@Name, @WorksOn) RETURNING id),
            capacity AS (
                INSERT INTO provider_capacity (provider_id, break_type, places_per_day)
                SELECT provider.id, t.break_type, t.places FROM provider, unnest(@Types::text[], @Places::int[]) AS t(break_type, places)
            ),
            audit AS (
                {AuditLog.Into}
                SELECT @Subject, @Role, NULL, 'RegisterBreakProvider', 'breakProvider', provider.id::text, 'success', NULL, NULL, NULL FROM provider
            )
            SELECT id FROM provider
            """;

        public async ValueTask<Response?> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            try
            {
                var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(Sql, new
                {
                    Name = command.Body.Name!.Trim(), WorksOn = command.Body.WorksOn!.Select(d => (int)d).Order().ToArray(),
                    Types = command.Body.Capacity!.Select(c => c.BreakType!.Value.Code()).ToArray(),
                    Places = command.Body.Capacity!.Select(c => c.PlacesPerDay!.Value).ToArray(),
                    command.Caller.Subject, command.Caller.Role,
                }, cancellationToken: cancellationToken));
                return new Response(id, command.Body.Name.Trim());
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "break_provider_name_key")
            {
                return null;
            }
        }
    }

    /// <remarks>
    /// A manager registers a provider of breaks: its name, the days of the week it works, and its places a day for each type of
    /// break it offers (each type once, 1 to 1,000 places). Carers can then ask for breaks with it.
    ///
    /// - 201 with the provider's id.
    /// - 409: a provider with that name is already registered.
    /// - 400: a field is missing, a day or type is repeated, or a number is out of range; nothing is saved.
    /// </remarks>
    public static async Task<Results<Created<Response>, ProblemHttpResult>> Endpoint(Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) is { } created
            ? TypedResults.Created("/api/break-availability", created)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A provider with that name is already registered.");
}
