namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// The schema guards' one question: every table column that refers to a carer (a foreign key to carer, or any
/// column named ..carer_id, with or without one). The merge (ResolveMatchCandidateTests), the subject access export
/// (ExportMyDataTests) and anonymising (RunRetentionTests) each fail by name when one is not handled.
/// </summary>
internal static class CarerReferences
{
    public const string Sql = """
        SELECT c.conrelid::regclass::text AS table_name, a.attname::text AS column_name
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'carer'::regclass
        UNION
        SELECT col.table_name::text, col.column_name::text
        FROM information_schema.columns col JOIN information_schema.tables t ON t.table_schema = col.table_schema AND t.table_name = col.table_name
        WHERE col.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND col.column_name LIKE '%carer_id'
        ORDER BY 1, 2
        """;

    /// <summary>The tables among them, and carer itself.</summary>
    public const string TablesSql = $"SELECT DISTINCT table_name FROM ({Sql}) r UNION SELECT 'carer'";
}
