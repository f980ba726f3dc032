using System.Globalization;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Hl7.Fhir.Model;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// GET /fhir/Flag/{id}: a practice reads back a flag it sent (the Location its create answered).
/// Only its own: another practice's flag, like one that does not exist, is 404, so ids leak nothing.
/// Audited, found or not.
/// </summary>
public static class ReadGpFlag
{
    /// <summary>Flags are never changed once stored, so every one is at version 1.</summary>
    public const string Version = "1";

    public const string ETag = "W/\"1\"";

    public sealed record Query(Caller Caller, long Id) : IQuery<Flag?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Flag?>
    {
        public async ValueTask<Flag?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await ReadAsync(connection, query.Caller, query.Id, cancellationToken);
        }
    }

    private const string Sql = $"""
        {AuditLog.Into}
        SELECT {AuditLog.ActorValues}, 'ReadGpFlag', 'gpFlag', @Id::text, CASE WHEN g.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, g.carer_id, @AccessReason
        FROM (SELECT 1) AS one LEFT JOIN gp_flag g ON g.id = @Id AND g.ods_code = @OdsCode;
        {SelectSql} WHERE id = @Id AND ods_code = @OdsCode;
        """;

    /// <summary>One of the caller's practice's flags, audited found or not (also the answer to a conditional create that found one).</summary>
    public static async Task<Flag?> ReadAsync(NpgsqlConnection connection, Caller caller, long id, CancellationToken cancellationToken)
    {
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
            AuditLog.ActorParameters(caller, new { Id = id, caller.OdsCode }), cancellationToken: cancellationToken));
        var row = await grid.ReadSingleOrDefaultAsync<StoredFlagRow>();
        return row is null ? null : ToResource(row);
    }

    /// <remarks>
    /// A GP system reads back a carer flag its practice sent: the `Location` that `POST /fhir/Flag` (or a Bundle entry's
    /// `response.location`) answered. The answer is the FHIR Flag as stored, with `meta.versionId`, `meta.lastUpdated` and
    /// `ETag: W/"1"` (flags are never changed once stored). The patient's NHS number is given back only when it was kept:
    /// for a patient who is not a known carer and did not agree to be contacted the service keeps only a count, and the
    /// subject says so in its display.
    ///
    /// - 404 (OperationOutcome `not-found`): there is no such flag, **or it belongs to another practice**: a practice
    ///   reads only its own flags, and the answer does not say which.
    /// - 401 / 403: no token, or a token that is not a GP system's.
    /// </remarks>
    public static async Task<IResult> Endpoint(string id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var flagId) || flagId <= 0) return NotFound(id);
        var flag = await mediator.Send(new Query(Caller.From(user), flagId), cancellationToken);
        return flag is null ? NotFound(id) : FhirResults.Resource(flag, eTag: ETag);
    }

    private static IResult NotFound(string id) => FhirResults.Error(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound,
        $"There is no Flag/{(id.Length > 20 ? id[..20] + "…" : id)} sent by this practice.");

    /// <summary>The columns <see cref="ToResource"/> needs, for a <c>WHERE</c> to follow.</summary>
    public const string SelectSql = """
        SELECT id, ods_code, nhs_number, snomed_code, status, recorded_on, consent_to_contact, identifier_system, identifier_value, received_at
        FROM gp_flag
        """;

    /// <summary>The flag a create has just stored, as its answer (what the practice sent: the create is audited as such).</summary>
    public static async Task<Flag> LoadCreatedAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken) =>
        ToResource(await connection.QuerySingleAsync<StoredFlagRow>(new CommandDefinition($"{SelectSql} WHERE id = @Id",
            new { Id = id }, cancellationToken: cancellationToken)));

    public sealed record StoredFlagRow
    {
        public long Id { get; init; }
        public string OdsCode { get; init; } = "";
        public string? NhsNumber { get; init; }
        public string SnomedCode { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly RecordedOn { get; init; }
        public bool ConsentToContact { get; init; }
        public string? IdentifierSystem { get; init; }
        public string? IdentifierValue { get; init; }
        public DateTime ReceivedAt { get; init; }
    }

    /// <summary>The FHIR Flag for a stored row: what the practice sent, as the service keeps it.</summary>
    public static Flag ToResource(StoredFlagRow row)
    {
        var nhsNumber = row.NhsNumber is { } n && NhsNumber.IsValid(n.Trim()) ? n.Trim() : null;
        var flag = new Flag
        {
            Id = row.Id.ToString(CultureInfo.InvariantCulture),
            Meta = new Meta
            {
                VersionId = Version,
                LastUpdated = new DateTimeOffset(DateTime.SpecifyKind(row.ReceivedAt, DateTimeKind.Utc)),
                Profile = [GpFlagRules.CarerFlagProfile],
            },
            Status = row.Status == "active" ? Flag.FlagStatus.Active : Flag.FlagStatus.Inactive,
            Code = new CodeableConcept(CarerCodes.SnomedSystem, row.SnomedCode),
            Subject = nhsNumber is not null
                ? new ResourceReference { Identifier = new Identifier(GpFlagRules.NhsNumberSystem, nhsNumber) }
                : new ResourceReference { Display = "NHS number not kept (the patient is not a known carer and did not agree to be contacted, or the record was anonymised)" },
            Author = new ResourceReference { Identifier = new Identifier(GpFlagRules.OdsSystem, row.OdsCode) },
            Period = new Period { Start = row.RecordedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        };
        if (row is { IdentifierSystem: { } system, IdentifierValue: { } value }) flag.Identifier = [new Identifier(system, value)];
        flag.SetExtension(GpFlagRules.ConsentToContactExtension, new FhirBoolean(row.ConsentToContact));
        return flag;
    }
}
