using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>POST /fhir/Flag: a practice pushes one carer flag. 201 when new, 200 when it is a replay.</summary>
public static class RecordGpFlag
{
    public sealed record Command(Caller Caller, ReadOnlyMemory<byte> Body) : ICommand<IResult>;

    public sealed class Handler(NpgsqlDataSource db, GpFlagStore store, TimeProvider clock) : ICommandHandler<Command, IResult>
    {
        public async ValueTask<IResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var (resource, parseError) = GpFlagRules.Parse(command.Body.Span);
            if (parseError is not null) return FhirResults.Error(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, parseError);

            var (flag, error) = GpFlagRules.Check(resource, command.Caller.OdsCode!, DateOnly.FromDateTime(clock.GetLocalNow().Date));
            if (error is not null) return FhirResults.Error(error.Status, error.Code, error.Diagnostics);

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var stored = (await store.ApplyAsync(connection, transaction, [flag!], "fhir", command.Caller, cancellationToken)).Single();
            await transaction.CommitAsync(cancellationToken);

            resource!.Id = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return FhirResults.Resource(resource, stored.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK, $"/fhir/Flag/{stored.Id}");
        }
    }

    public static async Task<IResult> Endpoint(HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await FhirRequest.ReadAsync(request, cancellationToken) is { } body
            ? await mediator.Send(new Command(Caller.From(user), body), cancellationToken)
            : FhirRequest.UnsupportedMediaType();
}

/// <summary>Reading a FHIR request body.</summary>
public static class FhirRequest
{
    /// <summary>The body, or null when it is not FHIR JSON.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is not ("application/fhir+json" or "application/json")) return null;
        return await RequestBody.ReadAllAsync(request, cancellationToken);
    }

    public static IResult UnsupportedMediaType() =>
        FhirResults.Error(StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, "Send application/fhir+json.");
}
