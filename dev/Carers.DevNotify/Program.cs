namespace Carers.DevNotify;

/// <summary>
/// A local stand-in for GOV.UK Notify (decision 0037), for Development and the tests: it takes what the official client
/// sends (emails, text messages and letters, each checked for the client's signed token), answers as Notify does, keeps
/// every notification in memory, and shows them on an accessible page at /. Nothing leaves the machine. It can play an
/// outage (every call answered 500) and a lost answer (the notification recorded, the answer held back), so the tests
/// see the API wait and never send twice.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"Carers.DevNotify pretends to be GOV.UK Notify: it runs only in Development or Testing, not in {builder.Environment.EnvironmentName}.");
        }

        var key = builder.Configuration["DevNotify:ApiKey"] ?? "";
        builder.Services.AddSingleton(new NotifyStore(NotifyKey.Parse(key)));
        var app = builder.Build();
        NotifyEndpoints.Map(app);
        app.Run();
    }
}
