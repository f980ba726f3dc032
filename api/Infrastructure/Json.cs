using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carers.Api.Infrastructure;

public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Wrong types are bad input: "35" is not a number, 1 is not an enum value.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // A misspelt field is an error the caller should see, not silently dropped data.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.MaxDepth = 32;
    }

    /// <summary>For documents the API keeps in jsonb columns: the contract's words, and unknown fields ignored on the way back.</summary>
    public static JsonSerializerOptions Stored { get; } = CreateStored();

    private static JsonSerializerOptions CreateStored()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        return options;
    }

    public static IServiceCollection AddCarersJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
}
