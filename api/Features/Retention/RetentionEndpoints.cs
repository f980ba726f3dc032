using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Retention;

public static class RetentionEndpoints
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => !o.Problems().Any(), "Retention settings are not valid: check Retention:YearsAfterClosure (every closing reason, 1 to 100 years), "
                + "YoungCarerKeepUntilAge (18 to 100), DailyRunAt (HH:mm) and BatchSize (1 to 10,000).")
            .ValidateOnStart();
        services.AddSingleton<RetentionRunner>();
        services.AddHostedService<RetentionJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapRetention(this IEndpointRouteBuilder app)
    {
        var closing = app.MapGroup("/api/carers")
            .WithTags("Carers (staff)")
            .RequireAuthorization(Policies.ClosingStaff)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        closing.MapPost("/{carerId:guid}/closure", CloseCarerRecord.Endpoint).WithName(nameof(CloseCarerRecord)).RequiresIfMatch()
            .WithSummary("Close a carer's record, with the reason and the day (its retention period starts then)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        var dpo = app.MapGroup("/api/retention")
            .WithTags("Retention (data protection)")
            .RequireAuthorization(Policies.DataProtection)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        dpo.MapGet("/reviews", ListRetentionReviews.Endpoint).WithName(nameof(ListRetentionReviews))
            .WithSummary("Records past their retention date, by due date, with what anonymising removes and what argues against").ProducesValidationProblem();
        dpo.MapPost("/reviews/{reviewId:guid}/approval", ApproveRetentionReview.Endpoint).WithName(nameof(ApproveRetentionReview)).RequiresIfMatch()
            .WithSummary("Approve anonymising the record: the next run does it")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        dpo.MapPost("/reviews/{reviewId:guid}/rejection", RejectRetentionReview.Endpoint).WithName(nameof(RejectRetentionReview)).RequiresIfMatch()
            .WithSummary("Keep the record for now, with the reason").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        dpo.MapPost("/runs", RunRetention.Endpoint).WithName(nameof(RunRetention))
            .WithSummary("Run retention now: a dry run counts and changes nothing; a live run queues and anonymises approved records")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        dpo.MapGet("/runs", ListRetentionRuns.Endpoint).WithName(nameof(ListRetentionRuns))
            .WithSummary("The retention run log, newest first").ProducesValidationProblem();
        return app;
    }
}
