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
/// The officer sets the version they read (If-Match, from GetGrantBudget); the first budget of a year,
/// when there is none to read, is set with If-Match: "v0" (decision 0030). Another officer's change
/// in between is 412 and nothing is written.
/// </summary>
public static class SetGrantBudget
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { TotalPence = 88_000_000, ChildrenPercent = 20 };

        /// <summary>The year's whole grant budget in pence: £880,000 is 88000000.</summary>
        public long? TotalPence { get; init; }
        /// <summary>The children's pot's share, 0 to 100 (20 if not given).</summary>
        public int? ChildrenPercent { get; init; }
    }

    public sealed record Command(Caller Caller, int Year, int ExpectedVersion, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Set(GrantBudgetView View, int Version) : Outcome;
        public sealed record BelowCommitted : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.TotalPence).NotNull().WithMessage("Enter the year's budget in pence")
                .InclusiveBetween(0, 100_000_000_000).WithMessage("The budget must be between £0 and £1,000,000,000");
            RuleFor(x => x.ChildrenPercent).InclusiveBetween(0, 100).WithMessage("The children's share must be between 0 and 100 per cent");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, IOptions<GrantOptions> options) : ICommandHandler<Command, Outcome>
    {
        // The first budget of a year: a second officer setting it at the same moment meets the primary key (412).
        private const string FirstSql = """
            INSERT INTO grant_pot (financial_year, pot, budget_pence) VALUES (@Year, 'children', @Children), (@Year, 'adults', @Adults)
            """;

        // A budget already set: both pots locked, their version compared with the one the officer read.
        private const string LockSql = "SELECT version FROM grant_pot WHERE financial_year = @Year FOR UPDATE";

        private const string UpdateSql = """
            UPDATE grant_pot SET budget_pence = CASE pot WHEN 'children' THEN @Children ELSE @Adults END, version = @Expected + 1, updated_at = now()
            WHERE financial_year = @Year
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var total = command.Body.TotalPence!.Value;
            var children = total * (command.Body.ChildrenPercent ?? options.Value.DefaultChildrenPercent) / 100;
            var parameters = new { command.Year, Children = children, Adults = total - children, Expected = command.ExpectedVersion };
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                if (command.ExpectedVersion == GrantBudgetReader.NoBudgetVersion)
                {
                    await connection.ExecuteAsync(new CommandDefinition(FirstSql, parameters, transaction, cancellationToken: cancellationToken));
                }
                else
                {
                    var versions = (await connection.QueryAsync<int>(new CommandDefinition(LockSql, parameters, transaction, cancellationToken: cancellationToken))).ToList();
                    if (versions.Count == 0 || versions.Max() != command.ExpectedVersion) return new Outcome.Stale();
                    await connection.ExecuteAsync(new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: cancellationToken));
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == "grant_pot_check")
            {
                return new Outcome.BelowCommitted();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "grant_pot_pkey")
            {
                return new Outcome.Stale();
            }

            await AuditLog.WriteAsync(connection, transaction,
                new AuditEntry(command.Caller, nameof(SetGrantBudget), "grantBudget", command.Year.ToString(), AuditOutcome.Success, total.ToString()), cancellationToken);
            var set = await GrantBudgetReader.LoadAsync(connection, command.Year, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Set(set!.Value.View, set.Value.Version);
        }
    }

    /// <param name="year">The year the financial year starts: 2025 for 2025/26.</param>
    /// <remarks>
    /// A grants officer sets a financial year's whole budget in pence, split into the children's pot (`childrenPercent`, 20
    /// when left out) and the adults' pot.
    ///
    /// - `If-Match`: the ETag from GetGrantBudget; for the first budget of a year, when there is none to read, `"v0"`.
    ///   Without it 428; another officer's change in between is 412 and nothing is written.
    /// - 409: a pot would be below what is already committed from it.
    /// - 400: the year is not between 2000 and 2100, or an amount is out of range.
    /// </remarks>
    public static async Task<Results<Ok<GrantBudgetView>, ProblemHttpResult>> Endpoint(
        [Range(2000, 2100)] int year, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["year"] = ["Enter a year between 2000 and 2100"] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." });
        }

        switch (await mediator.Send(new Command(Caller.From(user), year, request.ExpectedVersion(), body), cancellationToken))
        {
            case Outcome.Set set:
                ETags.Set(response, set.Version);
                return TypedResults.Ok(set.View);
            case Outcome.Stale:
                return ETags.Stale("budget");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A pot cannot be set below what is already committed from it.");
        }
    }
}
