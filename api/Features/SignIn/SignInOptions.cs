namespace Carers.Api.Features.SignIn;

/// <summary>Configuration <c>SignIn:Staff:*</c> and <c>SignIn:Carers:*</c>: what GetSignInSettings tells the SPA.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    public ProviderOptions Staff { get; init; } = new();
    public ProviderOptions Carers { get; init; } = new();

    public sealed class ProviderOptions
    {
        public string Authority { get; init; } = "";
        public string ClientId { get; init; } = "";
        public List<string> Scopes { get; init; } = [];
    }
}
