using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using StandardWebhooks;

namespace Carers.Api.Features.Webhooks;

/// <summary>
/// Partners' signing secrets (decision 0042): made as Standard Webhooks spells them (whsec_ and the base64 of 32 random
/// bytes), shown once, kept only encrypted with ASP.NET Core Data Protection (the key ring, KeyRing), and used to sign
/// with the published StandardWebhooks library. During a rotation's overlap a delivery carries a signature with each
/// secret, space-separated, as the specification allows: a partner's verifier accepts either.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private const string Prefix = "whsec_";

    /// <summary>The purpose string isolates these ciphertexts from anything else the key ring protects.</summary>
    private readonly IDataProtector _protector = provider.CreateProtector("Carers.Webhooks.SigningSecret.v1");

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>
    /// The webhook-signature header: "v1,&lt;base64&gt;" for each secret, space-separated. With two or more, the first is
    /// repeated at the end: the verifier of StandardWebhooks 1.1.2 (the .NET library partners are pointed to) never checks
    /// the last signature of a list (its loop stops when no space follows), so without the repeat a .NET partner still on
    /// the old secret would refuse every event of a rotation's overlap. A repeated signature is harmless to any verifier.
    /// </summary>
    public static string Signatures(IEnumerable<string> secrets, string eventId, DateTimeOffset timestamp, string body)
    {
        var signatures = secrets.Select(s => new StandardWebhook(s).Sign(eventId, timestamp, body)).ToList();
        if (signatures.Count > 1) signatures.Add(signatures[0]);
        return string.Join(' ', signatures);
    }

    /// <summary>
    /// Secrets made before decision 0042 were whsec_ and unpadded base64url (the key was then the whole string's bytes);
    /// Standard Webhooks libraries read standard base64. The same random bytes, respelt; a well-spelt secret is unchanged.
    /// </summary>
    public static string Respell(string secret)
    {
        var body = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        var standard = body.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + (4 - standard.Length % 4) % 4, '=');
        return Prefix + Convert.ToBase64String(Convert.FromBase64String(standard));
    }

    private const string PlainSql = "SELECT partner, plain_secret FROM webhook_subscription WHERE plain_secret IS NOT NULL FOR UPDATE";

    private const string ProtectSql = "UPDATE webhook_subscription SET protected_secret = @Protected, plain_secret = NULL WHERE partner = @Partner";

    /// <summary>
    /// Migration 0029's second half, run at start-up right after the migrations: every secret still kept in plain text is
    /// encrypted and the plain copy emptied, in one transaction. Returns how many it encrypted.
    /// </summary>
    public static async Task<int> ProtectPlainSecretsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<NpgsqlDataSource>();
        var secrets = services.GetRequiredService<WebhookSecrets>();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var plain = (await connection.QueryAsync<(string Partner, string Secret)>(new CommandDefinition(PlainSql, transaction: transaction,
            cancellationToken: cancellationToken))).ToList();
        foreach (var (partner, secret) in plain)
        {
            await connection.ExecuteAsync(new CommandDefinition(ProtectSql, new { Partner = partner, Protected = secrets.Protect(Respell(secret)) }, transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        if (plain.Count > 0)
        {
            services.GetRequiredService<ILogger<WebhookSecrets>>().LogInformation("Encrypted {Count} webhook signing secret(s) kept in plain text", plain.Count);
        }

        return plain.Count;
    }
}
