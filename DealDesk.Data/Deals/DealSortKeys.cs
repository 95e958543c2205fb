using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Deals;

/// <summary>Copies, on the deal's own row, of the names the deal table sorts by that live in other tables: its
/// account's name, its owner's display name ("" for no owner, which sorts where NULL did, before every name) and its
/// stage's order. With them the sort is a walk of one index on the deal table, paged by keyset like the sorts on the
/// deal's own columns, instead of a join of every visible deal sorted in full. Database triggers keep them current
/// in the statement that changes them (<see cref="Persistence.Sql.DealSortKeyTriggers"/>): a deal written with another
/// account, owner or stage, an account or user renamed, a stage moved, an owner deleted. The domain never sees them,
/// and EF Core never writes them.</summary>
internal static class DealSortKeys
{
    public const string AccountName = nameof(AccountName);

    public const string OwnerName = nameof(OwnerName);

    public const string StageOrder = nameof(StageOrder);

    public static void Configure(EntityTypeBuilder<Deal> builder)
    {
        DatabaseFilled(builder.Property<string>(AccountName).IsRequired().HasMaxLength(Account.NameMaxLength).HasDefaultValue(""));
        DatabaseFilled(builder.Property<string>(OwnerName).IsRequired().HasMaxLength(ApplicationUser.DisplayNameMaxLength)
            .HasDefaultValue(""));
        DatabaseFilled(builder.Property<int>(StageOrder).HasDefaultValue(0));

        // Like the other sort indexes: the key, the id (the tie-break of every order) and the circle (checked for
        // every row by the circle filter), so that an order and an OFFSET are walked inside the index.
        foreach (var key in new[] { AccountName, OwnerName, StageOrder })
        {
            builder.HasIndex(nameof(Deal.WorkspaceId), key, nameof(Deal.Id), nameof(Deal.CircleId));
        }
    }

    // Never sent by EF Core, never read back: the column default holds until the triggers fill it, within the same
    // statement.
    private static void DatabaseFilled(PropertyBuilder property)
    {
        property.ValueGeneratedNever();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
