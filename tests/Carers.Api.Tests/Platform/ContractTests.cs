using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>openapi.yaml is the contract partners code against: it must be what the API serves.</summary>
public sealed class ContractTests(ApiFixture api)
{
    [Fact]
    public async Task The_committed_openapi_yaml_is_what_the_api_serves()
    {
        var served = await api.Factory.CreateClient().GetStringAsync("/swagger/v1/swagger.yaml", TestContext.Current.CancellationToken);
        var path = Path.Combine(TestDatabase.RepositoryRoot(), "openapi.yaml");

        if (Environment.GetEnvironmentVariable("CARERS_UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(path, served, TestContext.Current.CancellationToken);
        }

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken) : "";
        Assert.True(Normalise(committed) == Normalise(served),
            "openapi.yaml differs from the document the API serves. Regenerate it with ./scripts/update-contract.sh "
            + "(it rewrites openapi.yaml and the SPA's generated types), review the diff, and commit both.");
    }

    [Fact]
    public async Task The_json_document_names_every_operation_by_its_use_case()
    {
        var json = await api.Factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        foreach (var operation in new[] { "RegisterCarer", "GetMyCarerRecord", "UpdateMyCarerRecord", "AddCaredForPerson", "EndCaringRelationship", "GiveConsent", "WithdrawConsent", "SearchCarers", "GetCarer" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", json, StringComparison.Ordinal);
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
