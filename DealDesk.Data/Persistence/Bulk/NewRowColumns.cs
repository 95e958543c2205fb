using Microsoft.EntityFrameworkCore.Metadata;

namespace DealDesk.Data.Persistence.Bulk;

/// <summary>The columns a tracker-free insert writes for one entity type, and how to read each from an entity:
/// every mapped property but those the database generates (a SQL Server rowversion) or fills itself (the deal's sort
/// keys, set by triggers).</summary>
internal sealed class NewRowColumns
{
    private readonly Dictionary<string, int> _index;
    private readonly IClrPropertyGetter[] _getters;

    public NewRowColumns(IEntityType type)
    {
        Type = type;
        Properties = type.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate && p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore)
            .ToList();
        if (Properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} has no CLR property to read.");
        }

        _index = Properties.Select((p, i) => (p.Name, i)).ToDictionary(c => c.Name, c => c.i);
        _getters = Properties.Select(p => p.GetGetter()).ToArray();
    }

    public IEntityType Type { get; }

    public IReadOnlyList<IProperty> Properties { get; }

    public int IndexOf(string property) =>
        _index.TryGetValue(property, out var index)
            ? index
            : throw new InvalidOperationException($"{Type.DisplayName()}.{property} is not a column a bulk insert writes.");

    /// <summary>The values <paramref name="entity"/> holds for each column, in column order.</summary>
    public object?[] Read(object entity)
    {
        var values = new object?[_getters.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _getters[i].GetClrValueUsingContainingEntity(entity);
        }

        return values;
    }
}
