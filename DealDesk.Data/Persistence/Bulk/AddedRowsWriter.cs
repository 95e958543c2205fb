using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DealDesk.Data.Persistence.Bulk;

/// <summary>Inserts a context's Added rows with one prepared INSERT per table, reused for every row.</summary>
/// <remarks>EF Core sends SQLite one command per row, about 150 µs each: 100,000 deals with their stage history
/// took close to a minute. Columns, conversions and parameter types come from EF Core's own model and type
/// mappings, so the rows are stored exactly as SaveChanges would store them.</remarks>
internal static class AddedRowsWriter
{
    public static async Task<int> WriteAsync(DbContext db, IReadOnlyList<EntityEntry> added, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = db.GetService<ISqlGenerationHelper>();
        var written = 0;

        // Principals before dependents: the order of the entity types in the model's foreign key graph.
        foreach (var group in added.GroupBy(e => e.Metadata).OrderBy(g => Depth(g.Key)))
        {
            var table = StoreObjectIdentifier.Table(group.Key.GetTableName()!, group.Key.GetSchema());
            var columns = group.Key.GetProperties().ToList();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";

            // Parameters are typed once by the column's mapping (e.g. a Guid as TEXT on SQLite); each row only
            // binds its converted values, and the prepared statement is reused.
            var mappings = columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping()).ToArray();
            var parameters = columns
                .Select((c, i) => mappings[i].CreateParameter(command, $"@p{i}", null, c.IsNullable))
                .ToArray();
            command.Parameters.AddRange(parameters);

            foreach (var entry in group)
            {
                var values = entry.CurrentValues;
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = values[columns[i]];
                    parameters[i].Value = (mappings[i].Converter is { } converter && value is not null
                        ? converter.ConvertToProvider(value)
                        : value) ?? DBNull.Value;
                }

                written += await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return written;
    }

    /// <summary>Inserts <paramref name="entities"/> of one flat entity type (their own columns; related entities are
    /// not written) without the change tracker, reading each column from the entity unless
    /// <paramref name="stamped"/> gives the value to store for it. Store-generated columns (a SQL Server rowversion) are
    /// left to the database.</summary>
    /// <remarks>Attaching rows to the change tracker costs EF Core about 20 µs a row before a single one is written:
    /// more than the INSERT itself. The caller applies the checks SaveChanges would, and supplies the stamps.</remarks>
    public static async Task<int> WriteNewAsync<T>(DbContext db, IEntityType type, IReadOnlyList<T> entities,
        IReadOnlyDictionary<string, Func<T, object?>> stamped, CancellationToken cancellationToken) where T : class
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate).ToList();
        if (columns.FirstOrDefault(p => p.IsShadowProperty() && !stamped.ContainsKey(p.Name)) is { } shadow)
        {
            throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} has no CLR property to read.");
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var mappings = columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping()).ToArray();
        var parameters = columns
            .Select((c, i) => mappings[i].CreateParameter(command, $"@p{i}", null, c.IsNullable))
            .ToArray();
        command.Parameters.AddRange(parameters);
        var readers = columns
            .Select(c => stamped.TryGetValue(c.Name, out var stamp)
                ? stamp
                : c.GetGetter() is var getter ? (Func<T, object?>)(e => getter.GetClrValueUsingContainingEntity(e)) : null!)
            .ToArray();

        var written = 0;
        foreach (var entity in entities)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = readers[i](entity);
                parameters[i].Value = (mappings[i].Converter is { } converter && value is not null
                    ? converter.ConvertToProvider(value)
                    : value) ?? DBNull.Value;
            }

            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    private static int Depth(IEntityType type, int guard = 0) =>
        guard > 16
            ? guard
            : type.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType != type)
                .Select(fk => 1 + Depth(fk.PrincipalEntityType, guard + 1))
                .DefaultIfEmpty(0)
                .Max();
}
