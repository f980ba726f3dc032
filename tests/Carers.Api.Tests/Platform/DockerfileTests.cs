using System.Text.RegularExpressions;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// House rules for the image (issue 17): there is no Docker engine here to build it, so these
/// read the Dockerfile, the project and docker-compose.yml, and a regression fails here instead.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = TestDatabase.RepositoryRoot();

    /// <summary>The instructions of the image's last stage (what runs), continuation lines joined.</summary>
    private static List<string> FinalStage()
    {
        var text = File.ReadAllText(Path.Combine(Root, "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return lines.Skip(lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user()
    {
        var users = FinalStage().Where(l => l.StartsWith("USER ", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(users);
        var user = users[^1][5..].Trim();
        Assert.DoesNotMatch("^(root|0)(:.*)?$", user);
        Assert.True(FinalStage().IndexOf(users[^1]) < FinalStage().FindIndex(l => l.StartsWith("ENTRYPOINT", StringComparison.OrdinalIgnoreCase)),
            "USER comes before ENTRYPOINT");
    }

    [Fact]
    public void The_image_runs_the_production_configuration_on_port_8080()
    {
        var env = string.Join(" ", FinalStage().Where(l => l.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase)));

        Assert.Matches(@"\bASPNETCORE_ENVIRONMENT=Production\b", env);
        Assert.Matches(@"\bASPNETCORE_HTTP_PORTS=8080\b", env);
        Assert.Contains("EXPOSE 8080", FinalStage());
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.Matches(@"ASPNETCORE_ENVIRONMENT:\s*Production", compose);
        Assert.DoesNotMatch(@"ASPNETCORE_ENVIRONMENT:\s*Development", compose);
    }

    [Fact]
    public void No_development_settings_reach_the_image()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var project = File.ReadAllText(Path.Combine(Root, "api", "Carers.Api.csproj"));

        Assert.DoesNotContain("appsettings.Development.json", string.Join("\n", dockerfile.Split('\n').Where(l => !l.TrimStart().StartsWith('#'))), StringComparison.Ordinal);
        Assert.Matches(DevelopmentSettingsNotPublished(), project);
        Assert.DoesNotMatch(@"(?i)Authentication__LocalIssuer__Enabled\s*[:=]\s*""?true", dockerfile + File.ReadAllText(Path.Combine(Root, "docker-compose.yml")));
    }

    [GeneratedRegex(@"<Content\s+Update=""appsettings\.Development\.json""\s+CopyToPublishDirectory=""Never""\s*/>")]
    private static partial Regex DevelopmentSettingsNotPublished();
}
