using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Platform;

/// <summary>The audit log is append-only, and the database itself enforces it.</summary>
public sealed class AuditLogTests(ApiFixture api) : ApiTest(api)
{
    [Theory]
    [InlineData("UPDATE audit_event SET outcome = 'tampered' WHERE actor_subject = @Subject")]
    [InlineData("DELETE FROM audit_event WHERE actor_subject = @Subject")]
    [InlineData("TRUNCATE audit_event")]
    public async Task The_database_refuses_to_change_or_remove_audit_rows(string sql)
    {
        var subject = NewSubject();
        await Carer(subject).GetAsync("/api/me/carer", Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql, new { Subject = subject }));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        var rows = await AuditFor(subject);
        Assert.Equal(("GetMyCarerRecord", "notFound"), (Assert.Single(rows).action, rows[0].outcome));
    }
}
