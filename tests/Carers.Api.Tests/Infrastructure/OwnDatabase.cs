namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// Every test class shares the one database and runs one at a time, each after a reset (the assembly's default
/// collection, below). Tests that make a database or a cluster of their own and never touch the shared one
/// (two API processes on an empty database, PostgreSQL restarted under load) go in this collection instead, which
/// runs beside the default one: they spend most of their minute waiting on processes, not on the CPU (decision 0006).
/// Such a class must not reset the shared database: it derives from <see cref="OwnDatabaseTest"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OwnDatabase
{
    public const string Name = "Tests with a database of their own";
}

/// <summary>A test in the <see cref="OwnDatabase"/> collection: the shared database is left alone (no reset before it).</summary>
[Collection(OwnDatabase.Name)]
public abstract class OwnDatabaseTest(ApiFixture api) : ApiTest(api)
{
    public override ValueTask InitializeAsync() => ValueTask.CompletedTask;
}
