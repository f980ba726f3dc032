using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// A grants officer sets a financial year's budget, split into the children's pot (20 per cent
/// unless set) and the adults' pot. A pot cannot be set below what is already committed.
/// </summary>
public static class SetGrantBudget
{
    public sealed record Request
    {
        /// <summary>The year's whole grant budget in pence: £880,000 is 88000000.</summary>
        public long? TotalPence { get; init; }
        /// <summary>The children's pot's share, 0 to 100 (20 if not given).</summary>
        public int? ChildrenPercent { get; init; }
    }

    public sealed record Command(Caller Caller, int Year, Request Body) : ICommand<GrantBudgetView?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.TotalPence).NotNull().WithMessage("Enter the year's budget in pence")
                .InclusiveBetween(0, 100_000_000_000).WithMessage("The budget must be between £0 and £1,000,000,000");
            RuleFor(x => x.ChildrenPercent).InclusiveBetween(0, 100).WithMessage("The children's share must be between 0 and 100 per cent");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, IOptions<GrantOptions> options) : ICommandHandler<Command, GrantBudgetView?>
    {
        private const string Sql = $"""
            INSERT INTO grant_pot (financial_year, pot, budget_pence) VALUES (@Year, 'children', @Children), (@Year, 'adults', @Adults)
            ON CONFLICT (financial_year, pot) DO UPDATE SET budget_pence = excluded.budget_pence, updated_at = now();
            {AuditLog.Into}
            VALUES (@Subject, @Role, NULL, 'SetGrantBudget', 'grantBudget', @Year::text, 'success', @Total::text, NULL, NULL);
            """;

        public async ValueTask<GrantBudgetView?> Handle(Command command, CancellationToken cancellationToken)
        {
            var total = command.Body.TotalPence!.Value;
            var children = total * (command.Body.ChildrenPercent ?? options.Value.DefaultChildrenPercent) / 100;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(Sql, new
                {
                    command.Year, Children = children, Adults = total - children, command.Caller.Subject, command.Caller.Role, Total = total,
                }, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == "grant_pot_check")
            {
                return null;
            }

            return await GrantBudgetReader.LoadAsync(connection, command.Year, cancellationToken);
        }
    }

    /// <param name="year">The year the financial year starts: 2025 for 2025/26.</param>
    public static async Task<Results<Ok<GrantBudgetView>, ProblemHttpResult>> Endpoint(
        [Range(2000, 2100)] int year, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["year"] = ["Enter a year between 2000 and 2100"] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." });
        }

        return await mediator.Send(new Command(Caller.From(user), year, body), cancellationToken) is { } budget
            ? TypedResults.Ok(budget)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A pot cannot be set below what is already committed from it.");
    }
}
