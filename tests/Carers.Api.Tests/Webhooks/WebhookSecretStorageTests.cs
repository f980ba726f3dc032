using System.Security.Cryptography;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StandardWebhooks;
using static Carers.Api.Tests.Webhooks.WebhookSignatureTests;

namespace Carers.Api.Tests.Webhooks;

/// <summary>
/// Signing secrets are kept only encrypted with Data Protection (decision 0042): no column holds a secret, the database
/// refuses one in the encrypted columns, and the secrets kept in plain text before it are encrypted at start-up.
/// </summary>
public sealed class WebhookSecretStorageTests(ApiFixture api) : ApiTest(api)
{
    private async Task<string> EveryColumnAsText()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return string.Join("\n", await connection.QueryAsync<string>("SELECT to_jsonb(s)::text FROM webhook_subscription s"));
    }

    [Fact]
    public async Task No_column_holds_a_secret_made_by_registering_or_rotating()
    {
        var first = await RegisterWebhook(Manager(), "https://partner.example.org/hook", Ct);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/partners/CarersCentral/webhook/secret/rotate");
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        var second = (await ReadJson(await Manager().SendAsync(request, Ct)))["secret"]!.GetValue<string>();

        var stored = await EveryColumnAsText();

        Assert.Contains("protected_secret", stored, StringComparison.Ordinal);
        foreach (var secret in new[] { first, second })
        {
            Assert.DoesNotContain(secret["whsec_".Length..], stored, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexStringLower(Convert.FromBase64String(secret["whsec_".Length..])), stored, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("whsec", stored, StringComparison.Ordinal);
        Assert.Null(await ScalarAsync<string>("SELECT plain_secret FROM webhook_subscription"));
    }

    [Fact]
    public async Task The_database_refuses_a_plain_secret_in_the_encrypted_columns()
    {
        await RegisterWebhook(Manager(), "https://partner.example.org/hook", Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("UPDATE webhook_subscription SET protected_secret = @Secret", new { Secret = WebhookSecrets.NewSecret() }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public async Task A_secret_kept_in_plain_text_before_0042_is_encrypted_at_start_up_and_still_signs_with_the_same_key()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var key = RandomNumberGenerator.GetBytes(32);
        var legacy = "whsec_" + Convert.ToBase64String(key).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("INSERT INTO webhook_subscription (partner, url, plain_secret, registered_by) VALUES ('CarersCentral', @Url, @Legacy, 'manager-1')",
                new { receiver.Url, Legacy = legacy });
        }

        Assert.Equal(1, await WebhookSecrets.ProtectPlainSecretsAsync(Api.Factory.Services, Ct));
        Assert.Equal(0, await WebhookSecrets.ProtectPlainSecretsAsync(Api.Factory.Services, Ct));

        Assert.Null(await ScalarAsync<string>("SELECT plain_secret FROM webhook_subscription"));
        Assert.DoesNotContain(legacy["whsec_".Length..], await EveryColumnAsText(), StringComparison.Ordinal);
        var kept = Api.Factory.Services.GetRequiredService<WebhookSecrets>().Unprotect((await ScalarAsync<string>("SELECT protected_secret FROM webhook_subscription"))!);
        Assert.Equal("whsec_" + Convert.ToBase64String(key), kept);
        Assert.Equal(kept, WebhookSecrets.Respell(legacy));

        await ReferAsync(Partner("CarersCentral"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);
        var delivery = Assert.Single(receiver.Requests);
        new StandardWebhook(key).Verify(delivery.Body, delivery.Headers);
    }
}
