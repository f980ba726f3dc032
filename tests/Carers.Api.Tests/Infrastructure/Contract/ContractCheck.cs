namespace Carers.Api.Tests.Infrastructure.Contract;

/// <summary>
/// On every HttpClient the tests get for the API (<see cref="CheckedFactory"/>, <see cref="ApiProcess.Client"/>):
/// each answer is checked against openapi.yaml (<see cref="OpenApiContract"/>) before the test sees it, and a
/// mismatch fails the request that got it with <see cref="ContractDriftException"/>. A test that sends a request
/// outside the contract on purpose (an unknown route, a method the path has not, JSON that does not parse) says so
/// on that request with <see cref="OutsideTheContract"/>, with its reason.
/// </summary>
public sealed class ContractCheck : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> Reason = new("Carers.Tests.OutsideTheContract");

    /// <summary>Marks a request as deliberately outside the contract: its answer is not checked.</summary>
    public static HttpRequestMessage OutsideTheContract(HttpRequestMessage request, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        request.Options.Set(Reason, reason);
        return request;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Options.TryGetValue(Reason, out _)) return response;

        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        if (!OpenApiContract.Covers(path)) return response;

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key));
        var problems = OpenApiContract.Current.Check(request.Method.Method, path, (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType, body, headers);
        if (problems.Count > 0)
        {
            throw new ContractDriftException(problems, body);
        }

        return response;
    }
}

public static class ContractCheckExtensions
{
    /// <summary>Sends a request the contract does not describe, on purpose (the reason is for the reader): its answer is not checked.</summary>
    public static Task<HttpResponseMessage> SendOutsideTheContractAsync(this HttpClient client, HttpMethod method, string url, string reason,
        HttpContent? content = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        return client.SendAsync(ContractCheck.OutsideTheContract(request, reason), cancellationToken);
    }
}

/// <summary>An answer the contract does not describe: the API and openapi.yaml have drifted apart.</summary>
public sealed class ContractDriftException(IReadOnlyList<string> problems, string body) : Exception(
    "The answer is not what openapi.yaml says (fix the API or the contract, then ./scripts/update-contract.sh):\n  - "
    + string.Join("\n  - ", problems)
    + "\nBody: " + (body.Length > 2000 ? body[..2000] + "…" : body))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
