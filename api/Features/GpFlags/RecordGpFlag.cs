using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// POST /fhir/Flag: a practice pushes one carer flag. 201 when new, 200 when it is a replay or when
/// If-None-Exist finds the flag already there (conditional create); the answer is the flag as stored.
/// </summary>
public static class RecordGpFlag
{
    public sealed record Command(Caller Caller, ReadOnlyMemory<byte> Body, string? IfNoneExist = null) : ICommand<IResult>;

    public sealed class Handler(NpgsqlDataSource db, GpFlagStore store, TimeProvider clock) : ICommandHandler<Command, IResult>
    {
        public async ValueTask<IResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var (resource, parseError) = GpFlagRules.Parse(command.Body.Span);
            if (parseError is not null) return FhirResults.Error(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, parseError);

            var ods = command.Caller.OdsCode!;
            var (flag, error) = GpFlagRules.Check(resource, ods, DateOnly.FromDateTime(clock.GetLocalNow().Date));
            if (error is not null) return Refuse(error);

            var (condition, conditionError) = ConditionalCreate.Parse(command.IfNoneExist);
            if ((conditionError ?? (condition is null ? null : ConditionalCreate.CheckNames(condition, flag!))) is { } refusal) return Refuse(refusal);

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            long id;
            bool created;
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                var match = condition is null ? null
                    : (await ConditionalCreate.LookupAsync(connection, transaction, ods, [(0, condition)], cancellationToken))[0];
                if (match is { Count: > 1 }) return Refuse(ConditionalCreate.SeveralMatch(match.Count));
                if (match is { Count: 1, Id: { } existing })
                {
                    (id, created) = (existing, false);
                }
                else
                {
                    var stored = (await store.ApplyAsync(connection, transaction, [flag!], "fhir", command.Caller, cancellationToken)).Single();
                    // Another flag of the practice holds this identifier: without a condition that is a conflict;
                    // with one, it is the race the condition is for, and that flag is the answer.
                    if (stored.IdentifierTaken && condition is null) return Refuse(ConditionalCreate.Duplicate(stored.Id));
                    (id, created) = (stored.Id, stored.Created);
                    await transaction.CommitAsync(cancellationToken);
                }
            }

            // A flag stored earlier (found by the condition, or the same flag sent again): reading it back is a read,
            // audited as GET /fhir/Flag/{id} is.
            var answer = created ? await ReadGpFlag.LoadCreatedAsync(connection, id, cancellationToken)
                : (await ReadGpFlag.ReadAsync(connection, command.Caller, id, cancellationToken))!;
            return FhirResults.Resource(answer, created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                $"/fhir/Flag/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ReadGpFlag.ETag);
        }

        private static IResult Refuse(FlagError error) => FhirResults.Error(error.Status, error.Code, error.Diagnostics);
    }

    /// <remarks>
    /// A GP system sends one carer flag for a patient of its own practice, as a FHIR R4 `Flag` in `application/fhir+json`
    /// (profile `https://carers.luton.gov.uk/fhir/StructureDefinition/carer-flag`): `status` active or inactive, `code` a
    /// SNOMED CT carer concept, `subject.identifier` the patient's NHS number, `author.identifier` the practice's own ODS
    /// code, `period.start` the date recorded, and the consent-to-contact extension when the patient agreed to be contacted.
    ///
    /// - **201** with `Location: /fhir/Flag/{id}` (readable with `GET`), `ETag: W/"1"` and the flag as stored.
    /// - **200** when the same flag was sent before (same practice, patient, code, status and date): nothing new is stored.
    /// - **Conditional create**: give the flag an `identifier` (the practice system's own id for it) and send
    ///   `If-None-Exist: identifier=&lt;system&gt;|&lt;value&gt;`. When the practice already sent a flag with that identifier the answer
    ///   is 200 with that flag and nothing is stored, so a resubmission is safe without an `Idempotency-Key`. The condition
    ///   must name the flag's own identifier (else 400); `identifier=&lt;value&gt;` matching flags of several systems is 412.
    /// - **Idempotency-Key** is also accepted: a replay with the same key gets the first answer again.
    /// - 400: not FHIR JSON, a malformed SNOMED CT id or NHS number, a missing element, a date in the future.
    /// - 403: the author is another practice's ODS code. 409: without If-None-Exist, another flag of the practice already
    ///   has this identifier. 415: not `application/fhir+json`. 422: a paid caregiver or a code that is not a carer code.
    /// Every error is an OperationOutcome whose diagnostics say what to fix.
    /// </remarks>
    public static async Task<IResult> Endpoint(HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await FhirRequest.ReadAsync(request, cancellationToken) is { } body
            ? await mediator.Send(new Command(Caller.From(user), body,
                request.Headers.TryGetValue("If-None-Exist", out var condition) ? condition.ToString() : null), cancellationToken)
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
