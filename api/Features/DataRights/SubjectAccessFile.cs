using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Carers.Api.Infrastructure;
using FluentValidation;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// The two forms of the export: JSON (the contract's schema) and a printable HTML page with the same
/// sections in the same order. The page is written from the export itself, section by section, so the
/// two cannot drift apart; every value is HTML-encoded.
/// </summary>
public static class SubjectAccessFile
{
    public const string Json = "json";
    public const string Html = "html";

    /// <summary>The format parameter of both exports: json (or left out) or html.</summary>
    public static IRuleBuilderOptions<T, string?> ExportFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(f => f is null or Json or Html).WithMessage("The format must be json or html");

    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        JsonSetup.Configure(options);
        return options;
    }

    /// <summary>The download, with the file name the carer keeps: luton-carers-data-YYYY-MM-DD.json or .html.</summary>
    public static IResult Result(SubjectAccessExport export, string? format)
    {
        var date = export.About.ProducedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return format == Html
            ? TypedResults.File(Encoding.UTF8.GetBytes(WriteHtml(export)), "text/html; charset=utf-8", $"luton-carers-data-{date}.html")
            : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, JsonOptions), "application/json", $"luton-carers-data-{date}.json");
    }

    private const string Style = """
        body { font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; margin: 2em; max-width: 60em; }
        h1 { font-size: 2em; } h2 { font-size: 1.5em; margin-top: 1.5em; border-bottom: 2px solid #0b0c0c; } h3 { font-size: 1.1em; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3em 0.5em 0.3em 0; text-align: left; vertical-align: top; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        @media print { body { margin: 0; font-size: 11pt; } h2 { break-after: avoid; } tr, dl { break-inside: avoid; } a { color: inherit; } }
        """;

    public static string WriteHtml(SubjectAccessExport export)
    {
        var html = new StringBuilder();
        var carer = export.Carer;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Your data held by Luton Carers, ")
            .Append(Encode(Text(export.About.ProducedAt))).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Your data held by Luton Carers: ").Append(Encode(carer.GivenName + " " + carer.FamilyName)).Append("</h1>\n")
            .Append("<p>Produced on ").Append(Encode(Text(export.About.ProducedAt))).Append(" by ").Append(Encode(export.About.Council))
            .Append(". This is everything the Luton Carers service holds about you, section by section.</p>\n")
            .Append("<p>Questions about this copy, or to ask us to correct something: ").Append(Encode(export.About.QuestionsTo)).Append(", ")
            .Append("<a href=\"mailto:").Append(Encode(export.About.QuestionsEmail)).Append("\">").Append(Encode(export.About.QuestionsEmail)).Append("</a>, ")
            .Append(Encode(export.About.QuestionsPhone)).Append(", ").Append(Encode(export.About.QuestionsAddress)).Append(".</p>\n")
            .Append("<p>Not included: ").Append(Encode(export.About.WhatIsLeftOut)).Append("</p>\n");

        foreach (var property in Sections)
        {
            if (property.Name == nameof(SubjectAccessExport.About)) continue;
            var value = property.GetValue(export);
            html.Append("<section id=\"").Append(Encode(JsonName(property))).Append("\">\n<h2>").Append(Encode(Heading(property.Name))).Append("</h2>\n");
            if (value is IList list)
            {
                if (list.Count == 0) html.Append("<p>Nothing held.</p>\n");
                else if (IsFlat(list[0]!.GetType())) Table(html, list);
                else
                {
                    var number = 0;
                    foreach (var item in list)
                    {
                        html.Append("<h3>").Append(Encode(Heading(property.Name))).Append(' ').Append(++number).Append("</h3>\n");
                        Details(html, item!);
                    }
                }
            }
            else if (value is not null) Details(html, value);

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static readonly PropertyInfo[] Sections = typeof(SubjectAccessExport).GetProperties(BindingFlags.Instance | BindingFlags.Public);

    private static IEnumerable<PropertyInfo> Shown(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null); // not a type's static Example

    private static bool IsFlat(Type type) => Shown(type).All(p => IsScalar(p.PropertyType));

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t != typeof(string) && t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list)
        {
            return IsScalar(list.GetGenericArguments()[0]);
        }

        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(decimal);
    }

    private static void Table(StringBuilder html, IList rows)
    {
        var columns = Shown(rows[0]!.GetType()).ToList();
        html.Append("<table>\n<thead><tr>");
        foreach (var column in columns) html.Append("<th scope=\"col\">").Append(Encode(Heading(column.Name))).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var column in columns) html.Append("<td>").Append(Encode(Text(column.GetValue(row)))).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Details(StringBuilder html, object item)
    {
        html.Append("<dl>\n");
        foreach (var property in Shown(item.GetType()))
        {
            var value = property.GetValue(item);
            html.Append("<dt>").Append(Encode(Heading(property.Name))).Append("</dt><dd>");
            if (value is null || IsScalar(property.PropertyType)) html.Append(Encode(Text(value)));
            else if (value is IEnumerable items and not IDictionary)
            {
                foreach (var entry in items) Details(html, entry);
            }
            else if (value is IDictionary map)
            {
                html.Append("<dl>");
                foreach (DictionaryEntry entry in map)
                {
                    html.Append("<dt>").Append(Encode(Text(entry.Key))).Append("</dt><dd>");
                    Details(html, entry.Value!);
                    html.Append("</dd>");
                }

                html.Append("</dl>");
            }
            else Details(html, value);

            html.Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "Yes" : "No",
        DateTime d => d.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        string s => s,
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>"PossibleDuplicateRecords" reads "Possible duplicate records".</summary>
    private static string Heading(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))) && !char.IsUpper(name[i - 1])) words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }

        // Initialisms read as people write them: "Nhs number" is "NHS number".
        return string.Join(' ', words.ToString().Split(' ').Select(w => w.ToLowerInvariant() switch
        {
            "nhs" => "NHS",
            "gp" => "GP",
            "ods" => "ODS",
            "id" => "ID",
            _ => w,
        }));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
