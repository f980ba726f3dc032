using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// House rules from STYLE.md that a reviewer would otherwise have to remember: one operation,
/// one file, one name (§1, §2); landed migrations are never edited (§8); audit rows are written
/// only through AuditLog (decision 0025). They read the
/// repository's files, so they need no database.
/// </summary>
public sealed partial class HouseRulesTests
{
    private static readonly string Root = TestDatabase.RepositoryRoot();
    private static readonly string Features = Path.Combine(Root, "api", "Features");
    private static readonly string Migrations = Path.Combine(Root, "api", "Database", "Migrations");
    private const string ChecksumList = "checksums.sha256";

    [Fact]
    public void Every_operation_has_a_file_named_after_it_declaring_a_static_class_of_that_name()
    {
        var offenders = new List<string>();
        foreach (var operation in OperationIds())
        {
            var files = Directory.GetFiles(Features, $"{operation}.cs", SearchOption.AllDirectories);
            if (files.Length == 0)
            {
                offenders.Add($"{operation}: no file api/Features/<Feature>/{operation}.cs");
            }
            else if (files.Length > 1)
            {
                offenders.Add($"{operation}: more than one file: {string.Join(", ", files.Select(Relative))}");
            }
            else if (!Regex.IsMatch(Code(files[0]), $@"\bstatic\s+(?:partial\s+)?class\s+{operation}\b"))
            {
                offenders.Add($"{operation}: {Relative(files[0])} does not declare `static class {operation}`");
            }
        }

        Assert.True(offenders.Count == 0,
            "One operation, one file, one name (STYLE.md §1, §2): every operationId in openapi.yaml needs api/Features/<Feature>/<OperationId>.cs "
            + "declaring `public static class <OperationId>` with its Request, Handler and Endpoint.\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_file_under_features_holds_two_operations()
    {
        var operations = OperationIds().ToHashSet(StringComparer.Ordinal);
        var offenders = Directory.GetFiles(Features, "*.cs", SearchOption.AllDirectories)
            .Select(file => (File: file, Operations: ClassDeclaration().Matches(Code(file)).Select(m => m.Groups[1].Value)
                .Where(operations.Contains).Distinct().ToList()))
            .Where(f => f.Operations.Count > 1)
            .Select(f => $"{Relative(f.File)} holds {string.Join(", ", f.Operations)}")
            .ToList();

        Assert.True(offenders.Count == 0, "One operation per file (STYLE.md §1): split these, one file per operationId.\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_file_under_features_writes_the_audit_log_except_through_its_helper()
    {
        var offenders = Directory.GetFiles(Features, "*.cs", SearchOption.AllDirectories)
            .Select(file => (File: file, Found: InlineAuditWrites(File.ReadAllText(file))))
            .Where(f => f.Found.Count > 0)
            .Select(f => $"{Relative(f.File)}: {string.Join(", ", f.Found)}")
            .ToList();

        Assert.True(offenders.Count == 0,
            "Cross-cutting writes use the one helper (decision 0025): write audit rows with AuditLog.WriteAsync or AuditLog.WriteShownAsync, "
            + "or, inside one SQL batch, with {AuditLog.Into} and all ten of its columns (so carer_id and access_reason are never forgotten).\n"
            + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("const string Sql = \"\"\"\n    INSERT INTO audit_event (actor_subject, action) VALUES (@S, 'X');\n    \"\"\";", true)]
    [InlineData("var sql = \"insert  into\n audit_event (actor_subject) values (@S)\";", true)]
    [InlineData("connection.ExecuteAsync(new CommandDefinition(AuditLog.InsertSql, parameters));", true)]
    [InlineData("await AuditLog.WriteAsync(connection, transaction, entry, ct);", false)]
    [InlineData("const string Sql = $\"\"\"\n    {AuditLog.Into}\n    VALUES (@S, @R, NULL, 'X', 'carer', NULL, 'success', NULL, NULL, NULL);\n    \"\"\";", false)]
    [InlineData("SELECT occurred_at FROM audit_event WHERE carer_id = @CarerId", false)]
    public void The_audit_helper_rule_catches_an_inline_insert(string code, bool caught) =>
        Assert.Equal(caught, InlineAuditWrites(code).Count > 0);

    private static List<string> InlineAuditWrites(string code) =>
        InlineAuditWrite().Matches(code).Select(m => Regex.Replace(m.Value, @"\s+", " ")).Distinct().ToList();

    [Fact]
    public void Every_migration_has_a_line_in_the_checksum_list_and_its_hash_matches()
    {
        var listed = ChecksumLines();
        var offenders = new List<string>();
        foreach (var file in MigrationFiles())
        {
            var name = Path.GetFileName(file);
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            if (!listed.TryGetValue(name, out var expected))
            {
                offenders.Add($"migration {name} has no line in api/Database/Migrations/{ChecksumList}: "
                    + $"add one with `cd api/Database/Migrations && sha256sum {name} >> {ChecksumList}`");
            }
            else if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                offenders.Add($"migration {name} was edited after it landed: add a new numbered migration instead; "
                    + $"if this is a brand new migration not yet on main, update its line with `sha256sum` (cd api/Database/Migrations && sha256sum {name})");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Every_line_in_the_checksum_list_names_an_existing_migration()
    {
        var files = MigrationFiles().Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var missing = ChecksumLines().Keys.Where(name => !files.Contains(name)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0,
            $"api/Database/Migrations/{ChecksumList} names migrations that do not exist (a landed migration is never removed or renamed): "
            + string.Join(", ", missing));
    }

    [Fact]
    public void Migrations_are_one_flat_folder_numbered_from_0001_with_no_gap_or_repeat()
    {
        var offenders = Directory.GetDirectories(Migrations).Select(d => $"{Relative(d)}: no subfolders in Migrations").ToList();
        offenders.AddRange(Directory.GetFiles(Migrations)
            .Select(Path.GetFileName)
            .Where(name => name != ChecksumList && !MigrationName().IsMatch(name!))
            .Select(name => $"{name}: a migration is named NNNN_words.sql (zero-padded number, lower-case snake_case)"));

        var numbers = MigrationFiles().Select(f => int.Parse(Path.GetFileName(f)[..4], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        offenders.AddRange(numbers.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => $"{g.Key:0000} is used by {g.Count()} migrations"));
        var distinct = numbers.Distinct().ToList();
        offenders.AddRange(Enumerable.Range(1, distinct.Count == 0 ? 0 : distinct[^1]).Except(distinct).Select(n => $"{n:0000} is missing"));

        Assert.True(offenders.Count == 0, "Migrations are numbered 0001, 0002, ... in one folder, each number once:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Only_the_sql_files_are_embedded_as_migrations()
    {
        // Migrator runs every embedded resource whose name contains this, so the checksum list must not be one.
        const string Folder = ".Database.Migrations.";
        var embedded = typeof(global::Carers.Api.Infrastructure.Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(Folder, StringComparison.Ordinal))
            .Select(n => n[(n.IndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..])
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(MigrationFiles().Select(Path.GetFileName), embedded);
    }

    private static List<string> OperationIds()
    {
        var yaml = File.ReadAllText(Path.Combine(Root, "openapi.yaml"));
        var ids = OperationId().Matches(yaml).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        return ids;
    }

    private static List<string> MigrationFiles() =>
        Directory.GetFiles(Migrations, "*.sql").Order(StringComparer.Ordinal).ToList();

    /// <summary>The list in `sha256sum` format: a hash, two spaces (or a space and * in binary mode), the file name.</summary>
    private static Dictionary<string, string> ChecksumLines()
    {
        var path = Path.Combine(Migrations, ChecksumList);
        Assert.True(File.Exists(path), $"api/Database/Migrations/{ChecksumList} is missing: (cd api/Database/Migrations && sha256sum 0*.sql > {ChecksumList})");
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            var match = ChecksumLine().Match(line);
            Assert.True(match.Success, $"Not a sha256sum line in {ChecksumList}: {line}");
            Assert.True(lines.TryAdd(match.Groups[2].Value, match.Groups[1].Value), $"{match.Groups[2].Value} has two lines in {ChecksumList}");
        }

        return lines;
    }

    /// <summary>The file without its comments, so a class named in a comment does not count.</summary>
    private static string Code(string file) => LineComment().Replace(File.ReadAllText(file), "");

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    // Our operations sit at paths.<path>.<method> (six spaces in); a callback's (ReceivePartnerEvent, the partner's
    // own receiver) sits deeper and is not ours to implement.
    [GeneratedRegex(@"^ {6}operationId:\s*'?(\w+)'?\s*$", RegexOptions.Multiline)]
    private static partial Regex OperationId();

    [GeneratedRegex(@"\bclass\s+(\w+)")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"INSERT\s+INTO\s+audit_event\b|AuditLog\.InsertSql\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAuditWrite();

    [GeneratedRegex(@"^\d{4}_[a-z0-9_]+\.sql$")]
    private static partial Regex MigrationName();

    [GeneratedRegex(@"^([0-9a-f]{64}) [ *](\S.*)$")]
    private static partial Regex ChecksumLine();
}
