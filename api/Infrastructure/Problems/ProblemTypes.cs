namespace Carers.Api.Infrastructure.Problems;

/// <summary>
/// The <c>type</c> of every problem the API answers (RFC 9457 §3.1.1): a URI under
/// https://carers.luton.gov.uk/problems/ whose slug is a heading in docs/problems.md, saying what it
/// means and what to do. Most are set by status in <see cref="ProblemsSetup"/>; a refusal with a
/// meaning of its own (a reused Idempotency-Key) names its own. A test checks every type listed here
/// is documented, and that the answers the API gives carry one of them.
/// </summary>
public static class ProblemTypes
{
    public const string Base = "https://carers.luton.gov.uk/problems/";

    /// <summary>400 with <c>errors</c>: fields that are missing or not valid, keyed by the contract's field name.</summary>
    public const string Validation = Base + "validation";
    /// <summary>400 without <c>errors</c>: the request could not be read (not JSON, no body).</summary>
    public const string BadRequest = Base + "bad-request";
    public const string Unauthorised = Base + "unauthorised";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string Conflict = Base + "conflict";
    /// <summary>409 to staff: another record already has this NHS number (existingCarerId names it).</summary>
    public const string NhsNumberHeld = Base + "nhs-number-held";
    /// <summary>409 to staff: the person probably has a record already (candidates lists them); registerAnyway overrides.</summary>
    public const string ProbableDuplicate = Base + "probable-duplicate";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    /// <summary>422: the request is well formed but cannot be carried out as it stands.</summary>
    public const string Unprocessable = Base + "unprocessable";
    /// <summary>422: an Idempotency-Key the caller already used with another request.</summary>
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    /// <summary>409: the first request with this Idempotency-Key has not finished yet.</summary>
    public const string IdempotencyKeyInProgress = Base + "idempotency-key-in-progress";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string RateLimited = Base + "rate-limited";
    public const string ServerError = Base + "server-error";
    public const string Unavailable = Base + "unavailable";
    /// <summary>Any other 4xx or 5xx the HTTP stack itself answers (406, 431...): rare, and never from an operation.</summary>
    public const string Other = Base + "other";

    public static readonly IReadOnlyList<string> All =
    [
        Validation, BadRequest, Unauthorised, Forbidden, NotFound, MethodNotAllowed, Conflict, NhsNumberHeld, ProbableDuplicate, PreconditionFailed, PayloadTooLarge,
        UnsupportedMediaType, Unprocessable, IdempotencyKeyReused, IdempotencyKeyInProgress, PreconditionRequired, RateLimited, ServerError, Unavailable, Other,
    ];

    /// <summary>The type a problem of this status has unless the operation named a more specific one.</summary>
    public static string ForStatus(int status, bool hasErrors = false) => status switch
    {
        StatusCodes.Status400BadRequest => hasErrors ? Validation : BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorised,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => Unprocessable,
        StatusCodes.Status428PreconditionRequired => PreconditionRequired,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status500InternalServerError => ServerError,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        _ => Other,
    };

    /// <summary>True for a type nobody chose: none, or the RFC link ASP.NET Core fills in by default.</summary>
    public static bool IsDefault(string? type) =>
        string.IsNullOrEmpty(type) || type == "about:blank"
        || type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal) || type.StartsWith("https://datatracker.ietf.org/", StringComparison.Ordinal);

    /// <summary>"https://carers.luton.gov.uk/problems/not-found" → "not-found".</summary>
    public static string Slug(string type) => type[Base.Length..];
}
