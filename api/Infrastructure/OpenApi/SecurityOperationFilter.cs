using Carers.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure.OpenApi;

/// <summary>The scopes the contract names: the machines' (client credentials) and the people's (OpenID Connect sign-in).</summary>
public sealed record ContractScopes(string Machine, string People);

/// <summary>
/// Each operation's <c>security</c> and the "Who may call this" line of its description, read from
/// the endpoint's authorization policy (the same one the API enforces, so they cannot drift apart):
/// partners and GP systems use OAuth2 client credentials with the API's scope; staff sign in with
/// OpenID Connect through Microsoft Entra ID, carers through Entra External ID; the roles an
/// operation needs are listed in <c>x-roles</c> and in the description. Secured operations declare
/// their 401 and 403 answers.
/// </summary>
public sealed class SecurityOperationFilter(IAuthorizationPolicyProvider policies, ContractScopes scopes) : IOperationFilter
{
    public const string ClientCredentialsScheme = "clientCredentials";
    public const string StaffSignInScheme = "staffSignIn";
    public const string CarerSignInScheme = "carerSignIn";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // Public by design (decision 0014): an explicitly empty requirement says "no token needed".
            operation.Security = [];
            operation.Description = Append(operation.Description, "**Who may call this:** anyone; no access token is needed.");
            return;
        }

        var roles = RequiredRoles(metadata.OfType<IAuthorizeData>().ToList());
        var machines = roles is null || roles.Any(IsMachine);
        var staff = roles is null || roles.Any(IsStaff);
        var carers = roles is null || roles.Contains(Roles.Carer);

        operation.Security = [];
        if (machines) operation.Security.Add(Requirement(ClientCredentialsScheme, scopes.Machine, context));
        if (staff) operation.Security.Add(Requirement(StaffSignInScheme, scopes.People, context));
        if (carers) operation.Security.Add(Requirement(CarerSignInScheme, scopes.People, context));
        if (roles is not null)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-roles"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray(
                roles.Select(r => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(r)!).ToArray()));
        }

        operation.Description = Append(operation.Description, Describe(roles));
        HeadersOperationFilter.AddProblem(operation, context, "401");
        HeadersOperationFilter.AddProblem(operation, context, "403");
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, string scope, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [scope] };

    /// <summary>The roles every policy on the endpoint allows (all must pass, so the intersection); null when any signed-in caller may.</summary>
    private List<string>? RequiredRoles(IReadOnlyList<IAuthorizeData> authorize)
    {
        var policyNames = authorize.Select(a => a.Policy).OfType<string>().Distinct().ToList();
        HashSet<string>? roles = null;
        foreach (var name in policyNames)
        {
            var policy = policies.GetPolicyAsync(name).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"The authorization policy {name} does not exist.");
            foreach (var requirement in policy.Requirements.OfType<RolesAuthorizationRequirement>())
            {
                if (roles is null) roles = [.. requirement.AllowedRoles];
                else roles.IntersectWith(requirement.AllowedRoles);
            }
        }

        foreach (var data in authorize.Where(a => !string.IsNullOrEmpty(a.Roles)))
        {
            var allowed = data.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (roles is null) roles = [.. allowed];
            else roles.IntersectWith(allowed);
        }

        return roles?.OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList();
    }

    private static bool IsMachine(string role) => role is Roles.Partner or Roles.GpSystem;

    private static bool IsStaff(string role) => role.StartsWith("Staff.", StringComparison.Ordinal);

    private string Describe(IReadOnlyList<string>? roles)
    {
        if (roles is null)
        {
            return "**Who may call this:** any signed-in caller with a valid access token. No token, or an expired one: 401.";
        }

        var who = new List<string>();
        var staff = roles.Where(IsStaff).Select(r => $"`{r}`").ToList();
        if (roles.Contains(Roles.Carer))
        {
            who.Add("a signed-in carer (role `Carer`; OpenID Connect sign-in through Entra External ID), for their own record only");
        }

        if (staff.Count > 0)
        {
            who.Add($"council staff with the role {string.Join(" or ", staff)} (OpenID Connect sign-in through Microsoft Entra ID)");
        }

        if (roles.Contains(Roles.Partner))
        {
            who.Add($"a commissioned partner's system (role `Partner` with a `partner` claim of {string.Join(" or ", PartnerNames.All.Select(p => $"`{p}`"))}; "
                + $"OAuth2 client credentials with the scope `{scopes.Machine}`), for the carers who share with that partner only");
        }

        if (roles.Contains(Roles.GpSystem))
        {
            who.Add($"a GP practice's system (role `GpSystem` with its practice's `ods` claim; OAuth2 client credentials with the scope `{scopes.Machine}`)");
        }

        return $"**Who may call this:** {string.Join("; or ", who)}. No token, or an expired one: 401. Any other role: 403.";
    }

    private static string Append(string? description, string line) =>
        string.IsNullOrWhiteSpace(description) ? line : description.TrimEnd() + "\n\n" + line;
}
