using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

// The namespace is not "Directory": inside Carers.Api that name would hide System.IO.Directory.
namespace Carers.Api.Features.ServiceDirectory;

public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder app)
    {
        var directory = app.MapGroup("/api/directory/services")
            .WithTags("Directory of local services")
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        // Public by design (decision 0014): someone who does not yet call themselves a carer finds help without signing in.
        directory.MapGet("", ListDirectoryServices.Endpoint).WithName(nameof(ListDirectoryServices)).AllowAnonymous()
            .WithSummary("Local services for carers, in name order, by who they are for and by need; each says whether it is open now")
            .ProducesValidationProblem();
        directory.MapGet("/{serviceId:guid}", GetDirectoryService.Endpoint).WithName(nameof(GetDirectoryService)).AllowAnonymous().ReturnsETag()
            .WithSummary("One service, with its opening hours and whether each channel is open now").ProducesProblem(StatusCodes.Status404NotFound);

        directory.MapPost("", AddDirectoryService.Endpoint).WithName(nameof(AddDirectoryService)).RequireAuthorization(Policies.Manager).ReturnsETag()
            .WithSummary("Add a service to the directory").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        directory.MapPut("/{serviceId:guid}", ChangeDirectoryService.Endpoint).WithName(nameof(ChangeDirectoryService)).RequireAuthorization(Policies.Manager)
            .RequiresIfMatch()
            .WithSummary("Change a service and its opening hours (needs If-Match)").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        directory.MapPost("/{serviceId:guid}/retirement", RetireDirectoryService.Endpoint).WithName(nameof(RetireDirectoryService)).RequiresIfMatch()
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Retire a service: it leaves the directory (needs If-Match)").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
