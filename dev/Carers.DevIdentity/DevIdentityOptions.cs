namespace Carers.DevIdentity;

/// <summary>What the local provider knows: the API it issues tokens for, the SPA, the machine clients and the personas.</summary>
public sealed class DevIdentityOptions
{
    public const string Section = "DevIdentity";

    /// <summary>The issuer, like http://127.0.0.1:5090/. Empty: taken from each request's host.</summary>
    public string Issuer { get; init; } = "";
    /// <summary>The API's audience (the <c>aud</c> of every access token).</summary>
    public string Audience { get; init; } = "";
    /// <summary>The scope that asks for an access token for the API.</summary>
    public string ApiScope { get; init; } = "";
    /// <summary>The SPA: a public client (no secret) using authorization code with PKCE.</summary>
    public string SpaClientId { get; init; } = "";
    public int AccessTokenMinutes { get; init; } = 60;
    public List<MachineClient> Clients { get; init; } = [];
    public List<Persona> Personas { get; init; } = [];
    /// <summary>The roles the "someone else" form offers.</summary>
    public List<string> Roles { get; init; } = [];

    public MachineClient? Client(string? clientId) => Clients.FirstOrDefault(c => c.ClientId == clientId);
}

/// <summary>A partner's app or a GP system, signing in with client credentials.</summary>
public sealed class MachineClient
{
    public string ClientId { get; init; } = "";
    public string Secret { get; init; } = "";
    public string Role { get; init; } = "";
    public string? Partner { get; init; }
    public string? OdsCode { get; init; }
    /// <summary>Another API's audience instead of ours: lets tests show the API refuses tokens meant for someone else.</summary>
    public string? Audience { get; init; }
}

/// <summary>Someone a developer or a browser test can sign in as.</summary>
public sealed class Persona
{
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";
    public string Hint { get; init; } = "";
    public string Role { get; init; } = "";
    /// <summary>A fixed subject (one in the demo data) ...</summary>
    public string? Subject { get; init; }
    /// <summary>... or a prefix to which a random id is added, so each sign-in is someone new.</summary>
    public string? SubjectPrefix { get; init; }

    public string NewSubject() =>
        Subject ?? SubjectPrefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
