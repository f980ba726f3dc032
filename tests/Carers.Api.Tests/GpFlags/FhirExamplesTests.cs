using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>
/// The example Bundles and Flags in docs/examples/fhir (docs/gp-suppliers.md) against the running endpoint: each is
/// posted, in the order examples.json lists them, as practice A12345, and must get the status and the answer its
/// .response.json file promises. Ids are compared by where they point (the first flag named, the second...), and
/// meta.lastUpdated only for being there.
/// </summary>
public sealed partial class FhirExamplesTests(ApiFixture api) : ApiTest(api)
{
    private static readonly string Examples = Path.Combine(TestDatabase.RepositoryRoot(), "docs", "examples", "fhir");

    private sealed record Example(string Name, string About, string Post, string? IfNoneExist, int Status);

    [Fact]
    public async Task Every_example_gets_the_answer_the_docs_promise()
    {
        var examples = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Examples, "examples.json"), Ct))!.AsArray()
            .Select(e => new Example(e!["name"]!.GetValue<string>(), e["about"]!.GetValue<string>(), e["post"]!.GetValue<string>(),
                e["ifNoneExist"]?.GetValue<string>(), e["status"]!.GetValue<int>()))
            .ToList();
        Assert.True(examples.Count >= 10, "examples.json lists the examples");
        var gp = Api.ClientAs("GpSystem", "gp-a12345", odsCode: "A12345");
        var failures = new List<string>();

        foreach (var example in examples)
        {
            var body = await File.ReadAllTextAsync(Path.Combine(Examples, $"{example.Name}.request.json"), Ct);
            new FhirJsonDeserializer().DeserializeResource(body); // every example is valid FHIR R4
            var request = new HttpRequestMessage(HttpMethod.Post, example.Post) { Content = new StringContent(body, Encoding.UTF8, "application/fhir+json") };
            if (example.IfNoneExist is not null) request.Headers.TryAddWithoutValidation("If-None-Exist", example.IfNoneExist);

            var response = await gp.SendAsync(request, Ct);
            var answer = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            new FhirJsonDeserializer().DeserializeResource(answer);

            var expectedFile = Path.Combine(Examples, $"{example.Name}.response.json");
            if (!File.Exists(expectedFile))
            {
                failures.Add($"{example.Name}: no {example.Name}.response.json; the answer was {(int)response.StatusCode}:\n{answer}");
                continue;
            }

            var expected = Normalise(await File.ReadAllTextAsync(expectedFile, Ct));
            var actual = Normalise(answer);
            if ((int)response.StatusCode != example.Status || !JsonNode.DeepEquals(expected, actual))
            {
                failures.Add($"{example.Name} ({example.About}): expected {example.Status}\n{Show(expected)}\ngot {(int)response.StatusCode}\n{Show(actual)}");
            }

            if (example.Status == 201)
            {
                Assert.Equal(HttpStatusCode.OK, (await gp.GetAsync(response.Headers.Location, Ct)).StatusCode);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_example_file_is_listed_and_the_guide_names_each_one()
    {
        var listed = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, "examples.json")))!.AsArray()
            .Select(e => e!["name"]!.GetValue<string>()).ToHashSet();
        var files = Directory.GetFiles(Examples, "*.request.json").Select(f => Path.GetFileName(f)[..^".request.json".Length]).ToHashSet();
        Assert.Equal(files.Order(), listed.Order());
        var guide = File.ReadAllText(Path.Combine(TestDatabase.RepositoryRoot(), "docs", "gp-suppliers.md"));
        Assert.All(files, name => Assert.Contains($"examples/fhir/{name}.request.json", guide, StringComparison.Ordinal));
    }

    private static string Show(JsonNode node) => node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    /// <summary>Flag ids become #1, #2... in the order they first appear; lastUpdated becomes "*". Property order is left to DeepEquals.</summary>
    private static JsonNode Normalise(string json)
    {
        var ids = new Dictionary<string, string>();
        string Id(string id) => ids.TryGetValue(id, out var n) ? n : ids[id] = $"#{ids.Count + 1}";
        var node = JsonNode.Parse(json)!;
        Walk(node);
        return JsonNode.Parse(FlagReference().Replace(node.ToJsonString(), m => $"Flag/{Id(m.Groups[1].Value)}"))!;

        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["resourceType"]?.GetValue<string>() == "Flag" && o["id"] is { } id) o["id"] = $"Flag/{id.GetValue<string>()}";
                    if (o["lastUpdated"] is not null) o["lastUpdated"] = "*";
                    foreach (var (_, child) in o.ToList()) Walk(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Walk(child);
                    break;
            }
        }
    }

    [GeneratedRegex(@"Flag/(\d+)")]
    private static partial Regex FlagReference();
}
