using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// Empties the database before each test (decision 0006): DELETE from the tables that hold rows,
/// those that reference others first. The journal of migrations stays, and so does audit_event,
/// which the database refuses to delete from (tests find their own audit rows by unique subjects).
/// Respawn's one TRUNCATE of all 43 tables gave every table and index a new file each time: about
/// 130 ms a test, two minutes of a thousand-test run; a DELETE of a few rows takes a millisecond or two.
/// </summary>
public sealed class DatabaseReset
{
    private static readonly string[] Kept = ["schemaversions", "audit_event"];

    private const string TablesSql = """
        SELECT c.oid::int AS id, quote_ident(c.relname) AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL(@Kept)
        """;

    private const string ReferencesSql = """
        SELECT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint
        WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid
        """;

    private readonly string[] _order;
    private readonly string _whichHoldRowsSql;

    private DatabaseReset(string[] order)
    {
        _order = order;
        _whichHoldRowsSql = string.Join(" UNION ALL ", order.Select((table, i) => $"(SELECT {i} FROM {table} LIMIT 1)"));
    }

    /// <summary>Reads the tables and their foreign keys once, after the migrations, and orders the tables children first.</summary>
    public static async Task<DatabaseReset> CreateAsync(NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<(int Id, string Name)>(TablesSql, new { Kept })).ToDictionary(t => t.Id, t => t.Name);
        var parents = tables.Keys.ToDictionary(id => id, _ => new HashSet<int>());
        foreach (var (child, parent) in await connection.QueryAsync<(int Child, int Parent)>(ReferencesSql))
        {
            if (parents.ContainsKey(child) && tables.ContainsKey(parent)) parents[child].Add(parent);
        }

        // Kahn's algorithm on "is referenced by": a table is emptied once every table referencing it has been.
        var referencedBy = tables.Keys.ToDictionary(id => id, id => parents.Count(p => p.Value.Contains(id)));
        var ready = new Queue<int>(referencedBy.Where(r => r.Value == 0).Select(r => r.Key).Order());
        var order = new List<int>();
        while (ready.TryDequeue(out var table))
        {
            order.Add(table);
            foreach (var parent in parents[table].Order())
            {
                if (--referencedBy[parent] == 0) ready.Enqueue(parent);
            }
        }

        if (order.Count != tables.Count)
        {
            var cycle = tables.Keys.Except(order).Select(id => tables[id]);
            throw new InvalidOperationException("These tables reference each other in a cycle, so no order of DELETEs empties them: " + string.Join(", ", cycle));
        }

        return new DatabaseReset(order.Select(id => tables[id]).ToArray());
    }

    public async Task ResetAsync(NpgsqlConnection connection)
    {
        var holdingRows = (await connection.QueryAsync<int>(_whichHoldRowsSql)).Order().ToList();
        if (holdingRows.Count == 0) return;
        await connection.ExecuteAsync(string.Join(";\n", holdingRows.Select(i => $"DELETE FROM {_order[i]}")));
    }
}
