using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.DataRights;

/// <summary>Carers' data rights (issue 15, decision 0026): the carer's own export, and the data protection team's subject access requests.</summary>
public static class DataRightsEndpoints
{
    private const string ExportDescription = "JSON by default (the SubjectAccessExport schema); with format=html a readable page with the same "
        + "sections that prints well. Sent as a download named luton-carers-data-YYYY-MM-DD.json or .html.";

    public static IEndpointRouteBuilder MapDataRights(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/data-export")
            .WithTags("Your data")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        me.MapGet("", ExportMyData.Endpoint).WithName(nameof(ExportMyData))
            .WithSummary("Download everything we hold about you").WithDescription(ExportDescription)
            .Produces<SubjectAccessExport>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var staff = app.MapGroup("/api/subject-access-requests")
            .WithTags("Subject access requests (data protection)")
            .RequireAuthorization(Policies.DataProtection)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapPost("", RecordSubjectAccessRequest.Endpoint).WithName(nameof(RecordSubjectAccessRequest)).ReturnsETag()
            .WithSummary("Log a subject access request received by post, phone, email or in person; due one calendar month after receipt")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("", ListSubjectAccessRequests.Endpoint).WithName(nameof(ListSubjectAccessRequests))
            .WithSummary("The queue: open requests first by the date they must be answered, with days left or overdue").ProducesValidationProblem();
        staff.MapGet("/{requestId:guid}", GetSubjectAccessRequest.Endpoint).WithName(nameof(GetSubjectAccessRequest)).ReturnsETag()
            .WithSummary("One subject access request").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{requestId:guid}/export", ExportSubjectAccessRequest.Endpoint).WithName(nameof(ExportSubjectAccessRequest))
            .WithSummary("Produce the carer's export for this request").WithDescription(ExportDescription)
            .Produces<SubjectAccessExport>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/{requestId:guid}/completion", CompleteSubjectAccessRequest.Endpoint).WithName(nameof(CompleteSubjectAccessRequest)).RequiresIfMatch()
            .WithSummary("Record that the data was sent, or the request refused with the reason (needs If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }
}
