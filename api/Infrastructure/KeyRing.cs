using System.Security.Cryptography.X509Certificates;
using Carers.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.DataProtection;

namespace Carers.Api.Infrastructure;

/// <summary>
/// ASP.NET Core Data Protection, for secrets the API keeps and must read back (partners' webhook signing secrets,
/// decision 0042). Every instance reads one key ring, in the folder <see cref="PathKey"/> names (in production a share
/// every instance mounts; required there, see <see cref="RequiredSettings"/>); with <see cref="CertificatePathKey"/> the
/// keys in it are themselves encrypted with that certificate. The keys never go into the database, so a copy of the
/// database alone reveals no secret. Development and tests use a folder under the temporary directory.
/// </summary>
public static class KeyRing
{
    public const string PathKey = "DataProtection:KeyRingPath";
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    /// <summary>One name for every instance and every build: keys are shared only between applications of the same name.</summary>
    public const string ApplicationName = "Luton Carers API";

    /// <summary>Where Development and tests keep their key ring when none is configured.</summary>
    public static string DevelopmentPath => Path.Combine(Path.GetTempPath(), "luton-carers-data-protection-keys");

    public static IServiceCollection AddCarersKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[PathKey] is { Length: > 0 } configured ? configured
            : AuthSetup.LocalIssuerAllowed(environment) ? DevelopmentPath
            : throw new InvalidOperationException($"{PathKey} is missing.");
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(Directory.CreateDirectory(path));
        if (configuration[CertificatePathKey] is { Length: > 0 } certificate)
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration[CertificatePasswordKey]));
        }

        return services;
    }

    /// <summary>Production's checks (decision 0042): the key ring must be where every instance finds it.</summary>
    public static void Check(IConfiguration configuration, List<string> problems)
    {
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add($"{PathKey} is missing (the folder every instance shares for the Data Protection key ring that encrypts webhook secrets).");
        }
        else if (!Path.IsPathFullyQualified(path))
        {
            problems.Add($"{PathKey} is not an absolute path.");
        }

        if (configuration[CertificatePathKey] is { Length: > 0 } certificate && !File.Exists(certificate))
        {
            problems.Add($"{CertificatePathKey} names no file.");
        }
    }
}
