using DealDesk.Data.Persistence.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DealDesk.Data.Persistence.Bulk;

/// <summary>A new row written without the change tracker: the entity's column values, copied once, which the write
/// pipeline stamps and the writer then stores. The entity object itself is left as it was.</summary>
internal sealed class NewRow(object entity, NewRowColumns columns) : PendingRow
{
    public object?[] Values { get; } = columns.Read(entity);

    public override object Entity { get; } = entity;

    public override IEntityType EntityType => columns.Type;

    public override EntityState State => EntityState.Added;

    public override object? Current(string property) => Values[columns.IndexOf(property)];

    public override void SetCurrent(string property, object? value) => Values[columns.IndexOf(property)] = value;

    public override object? Original(string property) => Current(property);
}
