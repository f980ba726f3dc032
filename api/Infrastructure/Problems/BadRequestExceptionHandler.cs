using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Carers.Api.Infrastructure.Problems;

/// <summary>
/// Turns a failure to read the request (bad JSON, a wrong type, an unknown enum value, an
/// impossible date, a query value of the wrong shape, a body over the limit) into a 4xx problem
/// naming the contract's field. Nothing has been written when this runs: binding precedes the handler.
/// </summary>
public sealed partial class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;

        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
            return true;
        }

        var (title, errors) = Describe(bad);
        await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status400BadRequest, title, errors: errors);
        return true;
    }

    private static (string Title, Dictionary<string, string[]>? Errors) Describe(BadHttpRequestException bad)
    {
        switch (bad.InnerException)
        {
            case JsonException json when UnmappedMember().Match(json.Message) is { Success: true } m:
                return ("The request has a field the contract does not know.",
                    new() { [m.Groups[1].Value] = ["This field is not part of the contract. Remove it."] });
            case JsonException json when json.GetType() != typeof(JsonException):
                // A subclass of JsonException is the reader's own: the text is not JSON at all.
                return ("The request body is not valid JSON.", null);
            case JsonException json:
                var field = FieldName(json.Path);
                return field is null
                    ? ("The request body is not valid JSON for this operation.", null)
                    : ("The request has a value of the wrong type or format.", new() { [field] = ["The value is not valid for this field."] });
        }

        if (BindFailure().Match(bad.Message) is { Success: true } bind)
        {
            return ("The request has a value of the wrong type or format.", new() { [JsonNamingPolicy.CamelCase.ConvertName(bind.Groups[1].Value)] = ["The value is not valid for this field."] });
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return ("The request needs a JSON body.", null);
        }

        return ("The request is not valid.", null);
    }

    /// <summary>"$.caredFor[0].postcode" → "caredFor[0].postcode"; "$" → null.</summary>
    private static string? FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return null;
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("parameter \"[^\"]* ([A-Za-z0-9_]+)\"")]
    private static partial Regex BindFailure();
}
