using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Carers.Api.Tests.Infrastructure.Contract;

/// <summary>
/// The API in process, as <see cref="WebApplicationFactory{TEntryPoint}"/>, whose clients check every answer against
/// openapi.yaml (<see cref="ContractCheck"/>, next to the server, so it sees each answer as sent, redirects included).
/// Every factory the tests use is one of these (<see cref="ApiFixture.CreateFactory"/>): hold it as a CheckedFactory,
/// for CreateClient and WithWebHostBuilder here hide the base class's (which are not virtual).
/// </summary>
public sealed class CheckedFactory(Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);

    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect) handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies) handlers.Add(new CookieContainerHandler());
        handlers.Add(new ContractCheck());
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>This API with more configuration after its own, still checked.</summary>
    public new CheckedFactory WithWebHostBuilder(Action<IWebHostBuilder> more) => new(builder =>
    {
        configure(builder);
        more(builder);
    });
}
