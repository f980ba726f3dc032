using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Reports;

public static class ReportsEndpoints
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportsOptions>(configuration.GetSection(ReportsOptions.Section));
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var managers = app.MapGroup("/api/reports")
            .WithTags("Reports (managers)")
            .RequireAuthorization(Policies.Manager)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        managers.MapGet("/indicators", GetPerformanceIndicators.Endpoint).WithName(nameof(GetPerformanceIndicators))
            .WithSummary("The performance indicators for a financial year, as JSON or (format=csv) as CSV, read from one snapshot")
            .Produces<IndicatorSet>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesValidationProblem();
        return app;
    }
}
