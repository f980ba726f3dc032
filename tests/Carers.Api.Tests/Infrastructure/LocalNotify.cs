using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// The local GOV.UK Notify server (dev/Carers.DevNotify) on a free port of this machine, in this process: the API's
/// dispatcher reaches it over real HTTP with the official client, as it reaches Notify in production. One for the run.
/// </summary>
public sealed class LocalNotify
{
    /// <summary>The development key (dev/Carers.DevNotify/appsettings.json): the server checks the client's token signed with it.</summary>
    public const string ApiKey = "carers_local_development-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

    public const string EmailTemplate = "f0c2a4a6-0e5e-4d4f-9a43-6f2d8f4f0001";
    public const string SmsTemplate = "f0c2a4a6-0e5e-4d4f-9a43-6f2d8f4f0002";
    public const string LetterTemplate = "f0c2a4a6-0e5e-4d4f-9a43-6f2d8f4f0003";
    public const string LargePrintLetterTemplate = "f0c2a4a6-0e5e-4d4f-9a43-6f2d8f4f0004";

    private static readonly Lazy<LocalNotify> Shared = new(() => new LocalNotify());

    public static LocalNotify Instance => Shared.Value;

    private readonly WebApplicationFactory<DevNotify.Program> _factory;
    private readonly HttpClient _http = new();

    private LocalNotify()
    {
        Port = FreePort();
        _factory = new WebApplicationFactory<DevNotify.Program>().WithWebHostBuilder(b => b.UseEnvironment("Development").UseUrls(Url));
        _factory.UseKestrel();
        _factory.StartServer();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Settings for an API that sends its notices here; the dispatcher runs only when a test asks (DispatchBatchAsync).</summary>
    public Dictionary<string, string?> ApiSettings => new()
    {
        ["Notify:BaseUrl"] = Url,
        ["Notify:ApiKey"] = ApiKey,
        ["Notify:Templates:Email"] = EmailTemplate,
        ["Notify:Templates:Sms"] = SmsTemplate,
        ["Notify:Templates:Letter"] = LetterTemplate,
        ["Notify:Templates:LargePrintLetter"] = LargePrintLetterTemplate,
        ["Notices:FirstBackoffSeconds"] = "0",
        ["Notices:NotifyTimeoutSeconds"] = "1",
    };

    /// <summary>Every notification the server holds, newest first.</summary>
    public async Task<List<JsonObject>> ReceivedAsync(CancellationToken ct) =>
        (await _http.GetFromJsonAsync<JsonArray>($"{Url}dev/received", ct))!.Select(n => n!.AsObject()).ToList();

    /// <summary>Those sent with this reference (a notice's id).</summary>
    public async Task<List<JsonObject>> ReceivedForAsync(Guid noticeId, CancellationToken ct) =>
        (await ReceivedAsync(ct)).Where(n => n["reference"]?.GetValue<string>() == noticeId.ToString()).ToList();

    public async Task OutageAsync(bool on, CancellationToken ct) =>
        (await _http.PostAsync($"{Url}dev/outage?on={(on ? "true" : "false")}", null, ct)).EnsureSuccessStatusCode();

    public async Task AnswerDelayAsync(int milliseconds, CancellationToken ct) =>
        (await _http.PostAsync($"{Url}dev/answer-delay?milliseconds={milliseconds}", null, ct)).EnsureSuccessStatusCode();

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken ct) => _http.GetAsync(Url + path.TrimStart('/'), ct);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
