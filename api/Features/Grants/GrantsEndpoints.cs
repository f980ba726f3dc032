using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Grants;

public static class GrantsEndpoints
{
    public static IServiceCollection AddGrants(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GrantOptions>(configuration.GetSection(GrantOptions.Section));
        services.AddSingleton(WorkingDays.EnglandAndWales());
        services.AddScoped<GrantChange>();
        services.AddSingleton<GrantApprovals>();
        services.AddHostedService(sp => sp.GetRequiredService<GrantApprovals>());
        return services;
    }

    public static IEndpointRouteBuilder MapGrants(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/grants")
            .WithTags("Your grants")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        carer.MapPost("", ApplyForGrant.Endpoint).WithName(nameof(ApplyForGrant))
            .WithSummary("Apply for a carers grant").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        carer.MapGet("", ListMyGrants.Endpoint).WithName(nameof(ListMyGrants)).WithSummary("Your grant applications, newest first");

        var officer = app.MapGroup("/api")
            .WithTags("Grants (staff)")
            .RequireAuthorization(Policies.GrantsOfficer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        officer.MapGet("/grant-applications", ListGrantApplications.Endpoint).WithName(nameof(ListGrantApplications)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("Applications by status, oldest first; late=true for approved grants unpaid past the target").ProducesValidationProblem();
        officer.MapGet("/grant-applications/{grantId:guid}", GetGrantApplication.Endpoint).WithName(nameof(GetGrantApplication))
            .TakesAccessReason(AccessReason.Casework).ReturnsETag()
            .WithSummary("One application, with its ETag").ProducesProblem(StatusCodes.Status404NotFound);
        officer.MapPost("/grant-applications/{grantId:guid}/approval", ApproveGrant.Endpoint).WithName(nameof(ApproveGrant)).RequiresIfMatch()
            .WithSummary("Approve: commits the amount to the pot").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/grant-applications/{grantId:guid}/decline", DeclineGrant.Endpoint).WithName(nameof(DeclineGrant)).RequiresIfMatch()
            .WithSummary("Decline, with the reason").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/grant-applications/{grantId:guid}/payment", MarkGrantPaid.Endpoint).WithName(nameof(MarkGrantPaid)).RequiresIfMatch()
            .WithSummary("Mark paid, with the date and payment reference").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/grant-applications/{grantId:guid}/cancellation", CancelGrant.Endpoint).WithName(nameof(CancelGrant)).RequiresIfMatch()
            .WithSummary("Cancel: releases an approved grant's commitment").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapGet("/grant-budgets/{year:int}", GetGrantBudget.Endpoint).WithName(nameof(GetGrantBudget)).ReturnsETag()
            .WithSummary("A financial year's pots: budget, committed, paid, remaining").ProducesProblem(StatusCodes.Status404NotFound);
        officer.MapPut("/grant-budgets/{year:int}", SetGrantBudget.Endpoint).WithName(nameof(SetGrantBudget)).RequiresIfMatch()
            .WithSummary("Set a financial year's budget and the children's share; the first of a year with If-Match: \"v0\"").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/grant-payment-batches", ExportGrantPayments.Endpoint).WithName(nameof(ExportGrantPayments))
            .WithSummary("Export approved, unpaid grants to a payment file (CSV) and mark them sent")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapGet("/grant-payment-batches/{batch}", GetGrantPaymentBatch.Endpoint).WithName(nameof(GetGrantPaymentBatch))
            .WithSummary("A payment batch's file again, the same as first exported")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
