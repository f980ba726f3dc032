using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Carers.DevNotify;

/// <summary>GOV.UK Notify's v2 API as the official client uses it, the page of what was received, and the switches for faults.</summary>
public static class NotifyEndpoints
{
    private static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(WebApplication app)
    {
        app.MapPost("/v2/notifications/{type}", Send);
        app.MapGet("/v2/notifications", List);
        app.MapGet("/v2/notifications/{id:guid}", GetOne);
        app.MapGet("/", Page);
        // For the tests and for a developer: every notification as JSON, newest first; the fault switches.
        app.MapGet("/dev/received", (NotifyStore store) => Results.Json(store.All.Reverse(), Snake));
        app.MapDelete("/dev/received", (NotifyStore store) => { store.Clear(); return Results.NoContent(); });
        app.MapPost("/dev/outage", (bool on, NotifyStore store) => { store.Outage = on; return Results.NoContent(); });
        app.MapPost("/dev/answer-delay", (int milliseconds, NotifyStore store) => { store.AnswerDelayMilliseconds = milliseconds; return Results.NoContent(); });
        app.MapGet("/health", () => Results.Text("ok"));
    }

    private static IResult Error(int status, string error, string message) =>
        Results.Json(new { StatusCode = status, Errors = new[] { new { Error = error, Message = message } } }, Snake, statusCode: status);

    private static IResult? Refuse(HttpRequest request, NotifyStore store)
    {
        if (store.Outage) return Error(500, "Exception", "Internal server error");
        return store.CheckToken(request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null) is { } problem
            ? Error(403, "AuthError", problem)
            : null;
    }

    private static async Task<IResult> Send(string type, HttpRequest request, NotifyStore store)
    {
        if (Refuse(request, store) is { } refused) return refused;
        JsonObject body;
        try
        {
            body = (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? throw new JsonException();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Error(400, "ValidationError", "Invalid JSON");
        }

        var templateId = body["template_id"]?.GetValue<string>();
        if (!Guid.TryParse(templateId, out _)) return Error(400, "ValidationError", "template_id is not a valid UUID");
        var personalisation = body["personalisation"]?.AsObject() ?? new JsonObject();
        string? Field(string name) => personalisation[name]?.GetValue<string>();
        var reference = body["reference"]?.GetValue<string>();
        string to;
        string[] lines = [];
        switch (type)
        {
            case "email":
                to = body["email_address"]?.GetValue<string>() ?? "";
                if (!to.Contains('@', StringComparison.Ordinal)) return Error(400, "ValidationError", "email_address Not a valid email address");
                break;
            case "sms":
                to = body["phone_number"]?.GetValue<string>() ?? "";
                var digits = new string(to.Where(char.IsAsciiDigit).ToArray());
                if (!(digits.Length == 11 && digits.StartsWith("07", StringComparison.Ordinal)) && !(digits.Length == 12 && digits.StartsWith("447", StringComparison.Ordinal)))
                    return Error(400, "ValidationError", "phone_number Not a UK mobile number");
                break;
            case "letter":
                lines = Enumerable.Range(1, 7).Select(i => Field($"address_line_{i}")).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToArray();
                if (lines.Length < 3) return Error(400, "ValidationError", "Address must be at least 3 lines");
                to = string.Join(", ", lines);
                break;
            default:
                return Error(404, "NotFound", "Not found");
        }

        var received = new Received(Guid.NewGuid(), reference, type, to, templateId!, Field("subject"), Field("body") ?? "", lines, DateTimeOffset.UtcNow);
        store.Add(received);
        // Recorded first, answered late: the caller's timeout loses this answer though the notification exists.
        if (store.AnswerDelayMilliseconds > 0) await Task.Delay(store.AnswerDelayMilliseconds);
        var template = new { Id = templateId, Version = 1, Uri = $"{Origin(request)}/v2/template/{templateId}" };
        object content = type switch
        {
            "email" => new { received.Body, received.Subject, FromEmail = "carers@notifications.service.gov.uk" },
            "sms" => new { received.Body, FromNumber = "LutonCarers" },
            _ => new { received.Body, received.Subject },
        };
        return Results.Json(new
        {
            received.Id,
            received.Reference,
            Content = content,
            Uri = $"{Origin(request)}/v2/notifications/{received.Id}",
            Template = template,
            Postage = type == "letter" ? "second" : null,
        }, Snake, statusCode: 201);
    }

    private static IResult List(HttpRequest request, NotifyStore store, string? reference, string? template_type)
    {
        if (Refuse(request, store) is { } refused) return refused;
        var found = store.All.Reverse()
            .Where(r => (reference is null || r.Reference == reference) && (template_type is null || r.Type == template_type))
            .Select(r => Describe(r, request)).ToList();
        return Results.Json(new { Notifications = found, Links = new { Current = $"{Origin(request)}/v2/notifications", Next = (string?)null } }, Snake);
    }

    private static IResult GetOne(Guid id, HttpRequest request, NotifyStore store)
    {
        if (Refuse(request, store) is { } refused) return refused;
        var found = store.All.FirstOrDefault(r => r.Id == id);
        return found is null ? Error(404, "NoResultFound", "No result found") : Results.Json(Describe(found, request), Snake);
    }

    private static object Describe(Received r, HttpRequest request) => new
    {
        r.Id,
        r.Reference,
        EmailAddress = r.Type == "email" ? r.To : null,
        PhoneNumber = r.Type == "sms" ? r.To : null,
        Line1 = r.AddressLines.ElementAtOrDefault(0),
        Line2 = r.AddressLines.ElementAtOrDefault(1),
        Line3 = r.AddressLines.ElementAtOrDefault(2),
        r.Type,
        Status = r.Type == "letter" ? "accepted" : "delivered",
        Template = new { Id = r.TemplateId, Version = 1, Uri = $"{Origin(request)}/v2/template/{r.TemplateId}" },
        r.Body,
        r.Subject,
        CreatedAt = r.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        SentAt = (string?)null,
        CompletedAt = (string?)null,
    };

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>Every notification received, newest first: an accessible page (a table with a caption and column headers; bodies keep their lines and direction).</summary>
    private static IResult Page(NotifyStore store)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Notices received by the local GOV.UK Notify server</title>
            <style>
              body { font-family: Arial, sans-serif; margin: 1rem; line-height: 1.4; color: #0b0c0c; }
              table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: bold; margin-bottom: .5rem; }
              th, td { border-bottom: 1px solid #b1b4b6; padding: .5rem; text-align: start; vertical-align: top; }
              pre { white-space: pre-wrap; font-family: inherit; margin: 0; } a { color: #1d70b8; } a:focus { outline: 3px solid #fd0; }
            </style></head>
            <body><main>
            <h1>Notices the local GOV.UK Notify server received</h1>
            <p>Development only: nothing here left this machine. Newest first; reload the page to see new ones.</p>
            """);
        var all = store.All.Reverse().ToList();
        if (all.Count == 0)
        {
            html.Append("<p>Nothing has been received yet.</p>");
        }
        else
        {
            html.Append($"<table><caption>{all.Count} notification(s)</caption><thead><tr><th scope=\"col\">When (UTC)</th><th scope=\"col\">Channel</th>"
                + "<th scope=\"col\">To</th><th scope=\"col\">Template</th><th scope=\"col\">Subject</th><th scope=\"col\">Body</th></tr></thead><tbody>");
            foreach (var r in all)
            {
                html.Append("<tr>")
                    .Append($"<td>{r.CreatedAt:yyyy-MM-dd HH:mm:ss}</td>")
                    .Append($"<td>{(r.Type == "sms" ? "Text message" : r.Type == "email" ? "Email" : "Letter")}</td>")
                    .Append($"<td dir=\"auto\">{WebUtility.HtmlEncode(r.To)}</td>")
                    .Append($"<td>{WebUtility.HtmlEncode(r.TemplateId)}</td>")
                    .Append($"<td dir=\"auto\">{WebUtility.HtmlEncode(r.Subject ?? "")}</td>")
                    .Append($"<td><pre dir=\"auto\">{WebUtility.HtmlEncode(r.Body)}</pre></td>")
                    .Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
